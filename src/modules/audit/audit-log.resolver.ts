import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { CurationContext } from "./curation-context";
import type { Connection } from "../common/connection";
import { parseId } from "../common/ids";
import { fetchPage, pageRequest, toConnection } from "../common/keyset";
import { PageArgs } from "../common/page-args";
import { selectsField } from "../common/selection";
import { AuditEntry } from "./audit-entry.entity";
import { AuditEntryConnection } from "./audit-entry.type";
import { columnSql } from "../../db/column-sql";
import { withApiIds, type AuditedRowType } from "./with-api-ids";

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
    @Arg("entityId", () => ID, { nullable: true }) entityId: string | null,
    @Ctx() { dataSource, viewer }: CurationContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Omit<AuditEntry, "before" | "after"> & { before: unknown; after: unknown }>> {
    // No HTTP 401 here (unlike auth-errors' unauthenticated): the response still carries public data.
    if (!viewer) throw new GraphQLError("The audit log needs an API key: send Authorization: Bearer <key>.", { extensions: { code: "UNAUTHENTICATED" } });
    const id = columnSql(dataSource, "entry", "id");
    const sort = { name: "auditLog:ID:DESC", valueSql: id, idSql: id, direction: "DESC" } as const;
    const page = pageRequest(args, sort);
    const query = dataSource.getRepository(AuditEntry).createQueryBuilder("entry");
    if (entityType != null) query.andWhere(`${columnSql(dataSource, "entry", "entityType")} = :entityType`, { entityType });
    if (entityId != null) query.andWhere(`${columnSql(dataSource, "entry", "entityId")} = :entityId`, { entityId: parseId("entityId", entityId) });
    const { rows, hasNextPage } = await fetchPage(query, "entry", sort, page);
    const totalCount = selectsField(info, "totalCount") ? await query.getCount() : undefined;
    const parsed = rows.map(({ row, cursor }) => ({
      cursor,
      row: { ...row, before: parsedWithApiIds(row.entityType, row.before), after: parsedWithApiIds(row.entityType, row.after) },
    }));
    return toConnection(parsed, hasNextPage, page, totalCount);
  }
}
