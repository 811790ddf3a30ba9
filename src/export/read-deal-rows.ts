import { In, type DataSource } from "typeorm";
import { columnSql } from "../db/column-sql";
import { Actor } from "../modules/actor/actor.entity";
import { Article } from "../modules/article/article.entity";
import { DealEvidence } from "../modules/deal/deal-evidence.entity";
import type { DealFilter } from "../modules/deal/deal.filter";
import { selectDeals } from "../modules/deal/select-deals";
import type { DealExportRow } from "./deal-export-row";
import { groupBy } from "./group-by";
import { keysetBatches } from "./keyset-batches";
import type { ReadRowsOptions } from "./read-statement-rows";
import type { ExportedActor } from "./statement-export-row";

const idOrNull = (id: number | null | undefined) => (id == null ? null : String(id));

/**
 * Every deal matching the filter, in id order, with its evidence (in id order) and the url of each
 * evidence's article, read in keyset batches so only one batch is in memory at a time.
 */
export async function* readDealRows(dataSource: DataSource, filter: DealFilter, options: ReadRowsOptions = {}): AsyncGenerator<DealExportRow> {
  const base = await selectDeals(dataSource, filter);
  for await (const deals of keysetBatches(base, columnSql(dataSource, "deal", "id"), options)) {
    const evidence = await dataSource.getRepository(DealEvidence).find({ where: { dealId: In(deals.map((d) => d.id)) }, order: { id: "ASC" } });
    const articleIds = [...new Set(evidence.map((e) => e.articleId))];
    const articles = articleIds.length ? await dataSource.getRepository(Article).find({ select: { id: true, url: true }, where: { id: In(articleIds) } }) : [];
    const urlOf = new Map(articles.map((a) => [a.id, a.url]));
    const evidenceOf = groupBy(evidence, (e) => e.dealId);
    const actorIds = [...new Set(deals.flatMap((d) => [d.supplierId, d.recipientId]).filter((id): id is number => id !== null))];
    const actors = actorIds.length ? await dataSource.getRepository(Actor).find({ select: { id: true, name: true }, where: { id: In(actorIds) } }) : [];
    const actorById = new Map(actors.map((a) => [a.id, { id: String(a.id), name: a.name }]));
    const actor = (id: number | null): ExportedActor | null => (id === null ? null : actorById.get(id) ?? null);
    for (const d of deals) {
      yield {
        id: String(d.id), source: d.source, supplier: actor(d.supplierId), recipient: actor(d.recipientId), items: d.items,
        designation: d.designation, description: d.description, category: d.category, numberOrdered: d.numberOrdered,
        numberDelivered: d.numberDelivered, orderYear: d.orderYear, deliveryYears: d.deliveryYears, comments: d.comments,
        valueText: d.valueText, amount: d.amount, currency: d.currency, period: d.period, periodStart: d.periodStart, periodEnd: d.periodEnd,
        status: d.status, statusReportedOn: d.statusReportedOn, confidence: d.confidence, sipriRecordId: idOrNull(d.sipriRecordId), curated: d.curated,
        evidence: (evidenceOf.get(d.id) ?? []).map((e) => ({
          id: String(e.id), articleId: String(e.articleId), url: urlOf.get(e.articleId) ?? null, statementId: idOrNull(e.statementId),
          excerpt: e.excerpt, startOffset: e.startOffset, endOffset: e.endOffset, note: e.note, curated: e.curated,
        })),
      };
    }
  }
}
