import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { CurationContext } from "./curation-context";
import type { Connection } from "../common/connection";
import { fromGlobalId, toGlobalId } from "../common/global-id";
import { MAX_ROW_ID, NO_SUCH_ROW_ID } from "../common/row-id";
import { userInputError } from "../common/user-input-error";
import { fetchPage, pageRequest, toConnection } from "../common/keyset";
import { PageArgs } from "../common/page-args";
import { selectsField } from "../common/selection";
import { AuditEntry } from "./audit-entry.entity";
import { AuditEntryConnection, type AuditEntryNode } from "./audit-entry.type";
import { columnSql } from "../../db/column-sql";
import { apiIdOf, withApiIds, type AuditedRowType } from "./with-api-ids";

/** A stored `before` or `after`, parsed, with its ids as the API writes them. */
function parsedWithApiIds(entityType: string, json: string | null): unknown {
  return json === null ? null : withApiIds(entityType as AuditedRowType, JSON.parse(json));
}

/**
 * The `auditLog` query: curation changes, newest first, for holders of any API key. Nullable, so that
 * without a key only this field is null (UNAUTHENTICATED error at its path, HTTP 200) and the public
 * fields asked beside it still arrive.
 */
@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description: "Changes made by curation mutations, newest first, optionally for one entity. Needs an API key (reader or editor); without one it is null with an UNAUTHENTICATED error, and the other fields of the query are still answered.",
  })
  async auditLog(
    @Args() args: PageArgs,
    @Arg("entityType", () => String, { nullable: true }) entityType: string | null,
    @Arg("entityId", () => ID, { nullable: true, description: "The entity's id (its global id; a row id needs entityType beside it)." }) entityId: string | null,
    @Ctx() { dataSource, viewer }: CurationContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AuditEntryNode>> {
    // No HTTP 401 here (unlike auth-errors' unauthenticated): the response still carries public data.
    if (!viewer) throw new GraphQLError("The audit log needs an API key: send Authorization: Bearer <key>.", { extensions: { code: "UNAUTHENTICATED" } });
    const id = columnSql(dataSource, "entry", "id");
    const sort = { name: "auditLog:ID:DESC", valueSql: id, idSql: id, direction: "DESC" } as const;
    const page = pageRequest(args, sort);
    const query = dataSource.getRepository(AuditEntry).createQueryBuilder("entry");
    const entity = entityOf(entityType, entityId);
    if (entity.type != null) query.andWhere(`${columnSql(dataSource, "entry", "entityType")} = :entityType`, { entityType: entity.type });
    if (entity.rowId != null) query.andWhere(`${columnSql(dataSource, "entry", "entityId")} = :entityId`, { entityId: entity.rowId });
    const { rows, hasMore } = await fetchPage(query, "entry", sort, page);
    const totalCount = selectsField(info, "totalCount") ? await query.getCount() : undefined;
    const parsed = rows.map(({ row, cursor }) => ({
      cursor,
      row: {
        ...row,
        id: toGlobalId("AuditEntry", row.id),
        rowId: row.id,
        entityId: apiIdOf(row.entityType as AuditedRowType, row.entityId),
        before: parsedWithApiIds(row.entityType, row.before),
        after: parsedWithApiIds(row.entityType, row.after),
      },
    }));
    return toConnection(parsed, hasMore, page, totalCount);
  }
}

/**
 * The entity type and row id `auditLog` filters on: a global id names both (a different entityType beside
 * it is a BAD_USER_INPUT error); a row id ("42") is matched as given, with or without entityType.
 */
function entityOf(entityType: string | null, entityId: string | null): { type: string | null; rowId: number | null } {
  if (entityId == null) return { type: entityType, rowId: null };
  const decoded = fromGlobalId(entityId);
  if (!decoded) {
    if (!/^\s*\d{1,15}\s*$/.test(entityId)) throw userInputError("entityId", `Argument "entityId" must be an entity's id, as its "id" field gives it (got ${JSON.stringify(entityId)}).`);
    const rowId = Number(entityId);
    return { type: entityType, rowId: rowId > MAX_ROW_ID ? NO_SUCH_ROW_ID : rowId };
  }
  if (entityType != null && entityType !== decoded.type) {
    throw userInputError("entityId", `Argument "entityId" is the id of a ${decoded.type} row, but entityType is ${JSON.stringify(entityType)}.`);
  }
  return { type: decoded.type, rowId: decoded.rowId };
}
