import { DealAggregatesResolver } from "./deal-aggregates.resolver";
import { DealCurationResolver } from "./deal-curation.resolver";
import { DealEvidenceResolver } from "./deal-evidence.resolver";
import { DealLinksResolver } from "./deal-links.resolver";
import { DealResolver } from "./deal.resolver";

/** Deals: the deal list, evidence, SIPRI links, aggregates, and the curation mutations on deals. */
export const dealResolvers = [DealAggregatesResolver, DealCurationResolver, DealEvidenceResolver, DealLinksResolver, DealResolver] as const;
