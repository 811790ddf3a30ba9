import { InitialSchema1763740000000 } from "./1763740000000-initial-schema";
import { ApiKeysAndAuditLog1763760000001 } from "./1763760000001-api-keys-and-audit-log";
import { FullTextSearch1763750000001 } from "./1763750000001-full-text-search";
import { StatementGroups1763750000002 } from "./1763750000002-statement-groups";
import { DealSipriRegisterColumns1763770000001 } from "./1763770000001-deal-sipri-register-columns";
import { DealProvenance1763780000001 } from "./1763780000001-deal-provenance";
import { DateSortIndexes1763790000001 } from "./1763790000001-date-sort-indexes";
import { CuratedDeals1763800000001 } from "./1763800000001-curated-deals";
import { StoreState1763810000001 } from "./1763810000001-store-state";
import { RefoldNameKeys1763820000001 } from "./1763820000001-refold-name-keys";
import { SearchIndexPendingList1763830000005 } from "./1763830000005-search-index-pending-list";
import { IngestionReadIndexes1796302361901 } from "./1796302361901-ingestion-read-indexes";

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [InitialSchema1763740000000, ApiKeysAndAuditLog1763760000001, FullTextSearch1763750000001, StatementGroups1763750000002, DealSipriRegisterColumns1763770000001, DealProvenance1763780000001, DateSortIndexes1763790000001, CuratedDeals1763800000001, StoreState1763810000001, RefoldNameKeys1763820000001, SearchIndexPendingList1763830000005, IngestionReadIndexes1796302361901];
