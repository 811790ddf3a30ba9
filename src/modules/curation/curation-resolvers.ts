import { AuditLogResolver } from "../audit/audit-log.resolver";
import { ActorCurationResolver } from "./actor-curation.resolver";
import { ArticleCurationResolver } from "./article-curation.resolver";
import { DealCurationResolver } from "./deal-curation.resolver";
import { ReextractCurationResolver } from "./reextract-curation.resolver";
import { StatementCurationResolver } from "./statement-curation.resolver";

/** The curation mutations and the audit-log query, for the schema's resolver list. */
export const curationResolvers = [ArticleCurationResolver, StatementCurationResolver, ActorCurationResolver, DealCurationResolver, ReextractCurationResolver, AuditLogResolver];
