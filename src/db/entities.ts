import { ApiKey } from "../auth/api-key.entity";
import { Actor } from "../modules/actor/actor.entity";
import { ActorAlias } from "../modules/actor/actor-alias.entity";
import { ActorRole } from "../modules/actor/actor-role.entity";
import { Article } from "../modules/article/article.entity";
import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { Mention } from "../modules/article/mention.entity";
import { Deal } from "../modules/deal/deal.entity";
import { DealEvidence } from "../modules/deal/deal-evidence.entity";
import { Statement } from "../modules/statement/statement.entity";

/** Every TypeORM entity of the store. */
export const entities = [Actor, ActorAlias, ActorRole, Article, Mention, Statement, Deal, DealEvidence, ApiKey, AuditEntry];
