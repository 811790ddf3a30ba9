import { DealAggregatesResolver } from "./deal-aggregates.resolver";
import { DealCurationResolver } from "./deal-curation.resolver";
import { DealEvidenceCurationResolver } from "./deal-evidence-curation.resolver";
import { DealEvidenceResolver } from "./deal-evidence.resolver";
import { DealLinksResolver } from "./deal-links.resolver";
import { DealResolver } from "./deal.resolver";

/** Deals: the deal list, evidence, SIPRI links, aggregates, and the curation mutations on deals. */
export const dealResolvers = [DealAggregatesResolver, DealCurationResolver, DealEvidenceCurationResolver, DealEvidenceResolver, DealLinksResolver, DealResolver] as const;
