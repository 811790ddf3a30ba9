import type { DataSource, SelectQueryBuilder } from "typeorm";
import { actorConstraint } from "../actor/actor-constraint";
import { inList } from "../../db/in-list";
import type { DealFilter } from "./deal.filter";
import { Deal } from "./deal.entity";
import { columnSql } from "../../db/column-sql";
import { loadWeaponGazetteer } from "../../knowledge/weapons";

/** SQL of a deal's year (periodStart, else orderYear): what yearFrom/yearTo compare and dealAggregates(groupBy: YEAR) groups by. */
export function dealYearSql(dataSource: DataSource): string {
  return `COALESCE(${columnSql(dataSource, "deal", "periodStart")}, ${columnSql(dataSource, "deal", "orderYear")})`;
}

/** The deals (aliased `deal`) matching a filter. */
export async function selectDeals(dataSource: DataSource, filter: DealFilter | null | undefined): Promise<SelectQueryBuilder<Deal>> {
  const f = filter ?? {};
  const d = (column: string) => columnSql(dataSource, "deal", column);
  const year = dealYearSql(dataSource);
  const query = dataSource.getRepository(Deal).createQueryBuilder("deal");
  const suppliers = await actorConstraint(dataSource, "filter.supplierId", f.supplierId, f.supplierName);
  if (suppliers) query.andWhere(...inList(d("supplierId"), "supplierIds", suppliers));
  const recipients = await actorConstraint(dataSource, "filter.recipientId", f.recipientId, f.recipientName);
  if (recipients) query.andWhere(...inList(d("recipientId"), "recipientIds", recipients));
  if (f.status?.length) query.andWhere(...inList(d("status"), "statuses", f.status));
  if (f.yearFrom != null) query.andWhere(`${year} >= :yearFrom`, { yearFrom: f.yearFrom });
  if (f.yearTo != null) query.andWhere(`${year} <= :yearTo`, { yearTo: f.yearTo });
  if (f.category != null) query.andWhere(`LOWER(${d("category")}) = :category`, { category: f.category.trim().toLowerCase() });
  if (f.designation != null) {
    // any spelling or script the weapon gazetteer knows ("Т-90С", "Iskander-M") also finds the canonical designation
    const written = f.designation.trim();
    const canonical = loadWeaponGazetteer().byDesignation(written)?.designation;
    const designations = [...new Set([written, canonical].filter((x): x is string => !!x).map((x) => x.toLowerCase()))];
    query.andWhere(...inList(`LOWER(${d("designation")})`, "designations", designations));
  }
  if (f.source != null) query.andWhere(`${d("source")} = :source`, { source: f.source });
  return query;
}
