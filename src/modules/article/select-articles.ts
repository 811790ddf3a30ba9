import type { DataSource, SelectQueryBuilder } from "typeorm";
import { actorConstraint } from "../actor/actor-constraint";
import { dateBound } from "../common/date-bounds";
import { inList } from "../../db/in-list";
import type { ArticleFilter } from "./article.filter";
import { Article } from "./article.entity";
import { columnSql } from "../../db/column-sql";

/** The articles (aliased `article`) matching a filter. */
export async function selectArticles(dataSource: DataSource, filter: ArticleFilter | null | undefined): Promise<SelectQueryBuilder<Article>> {
  const f = filter ?? {};
  const a = (column: string) => columnSql(dataSource, "article", column);
  const query = dataSource.getRepository(Article).createQueryBuilder("article");
  const outlets = await actorConstraint(dataSource, "filter.outletId", f.outletId, f.outletName);
  if (outlets) query.andWhere(...inList(a("outletId"), "outletIds", outlets));
  if (f.language != null) query.andWhere(`${a("language")} = :language`, { language: f.language });
  if (f.publishedFrom != null) query.andWhere(`${a("publishedAt")} >= :publishedFrom`, { publishedFrom: dateBound("filter.publishedFrom", f.publishedFrom, "from") });
  if (f.publishedTo != null) query.andWhere(`${a("publishedAt")} <= :publishedTo`, { publishedTo: dateBound("filter.publishedTo", f.publishedTo, "to") });
  return query;
}
