import type { DataSource, SelectQueryBuilder } from "typeorm";
import { actorConstraint } from "../actor/actor-constraint";
import { Article } from "../article/article.entity";
import { Mention } from "../article/mention.entity";
import { dateBound } from "../common/date-bounds";
import { parseId } from "../common/ids";
import { inList } from "../../db/in-list";
import type { StatementFilter } from "./statement.filter";
import type { StatementOrder } from "./statement.order";
import { Statement } from "./statement.entity";
import { columnSql } from "../../db/column-sql";

/**
 * The statements (aliased `statement`) matching a filter, with the article joined as `article`
 * when the filter or the order needs it. Names are resolved to actor ids first (one query each).
 */
export async function selectStatements(
  dataSource: DataSource, filter: StatementFilter | null | undefined, order: StatementOrder,
): Promise<SelectQueryBuilder<Statement>> {
  const f = filter ?? {};
  const s = (column: string) => columnSql(dataSource, "statement", column);
  const a = (column: string) => columnSql(dataSource, "article", column);
  const query = dataSource.getRepository(Statement).createQueryBuilder("statement");
  if (f.outletId != null || f.outletName != null || f.publishedFrom != null || f.publishedTo != null || order.field === "PUBLISHED_AT") {
    query.innerJoin(Article, "article", `${a("id")} = ${s("articleId")}`);
  }
  const speakers = await actorConstraint(dataSource, "filter.speakerId", f.speakerId, f.speakerName);
  if (speakers) query.andWhere(...inList(s("speakerId"), "speakerIds", speakers));
  const outlets = await actorConstraint(dataSource, "filter.outletId", f.outletId, f.outletName);
  if (outlets) query.andWhere(...inList(a("outletId"), "outletIds", outlets));
  const mentioned = await actorConstraint(dataSource, "filter.mentionedActorId", f.mentionedActorId, f.mentionedActorName);
  if (mentioned) {
    const m = (column: string) => columnSql(dataSource, "mention", column);
    const [condition, parameters] = inList(m("actorId"), "mentionedIds", mentioned);
    const inside = dataSource.getRepository(Mention).createQueryBuilder("mention").select("1")
      .where(`${m("articleId")} = ${s("articleId")}`)
      .andWhere(`${m("startOffset")} >= ${s("startOffset")}`)
      .andWhere(`${m("endOffset")} <= ${s("endOffset")}`)
      .andWhere(condition);
    query.andWhere(`EXISTS (${inside.getQuery()})`, parameters);
  }
  if (f.language != null) query.andWhere(`${s("language")} = :language`, { language: f.language });
  if (f.kind?.length) query.andWhere(...inList(s("kind"), "kinds", f.kind));
  if (f.articleId != null) query.andWhere(`${s("articleId")} = :articleId`, { articleId: parseId("filter.articleId", f.articleId, "Article") });
  if (f.saidFrom != null) query.andWhere(`${s("saidOn")} >= :saidFrom`, { saidFrom: dateBound("filter.saidFrom", f.saidFrom, "from") });
  if (f.saidTo != null) query.andWhere(`${s("saidOn")} <= :saidTo`, { saidTo: dateBound("filter.saidTo", f.saidTo, "to") });
  if (f.publishedFrom != null) query.andWhere(`${a("publishedAt")} >= :publishedFrom`, { publishedFrom: dateBound("filter.publishedFrom", f.publishedFrom, "from") });
  if (f.publishedTo != null) query.andWhere(`${a("publishedAt")} <= :publishedTo`, { publishedTo: dateBound("filter.publishedTo", f.publishedTo, "to") });
  return query;
}
