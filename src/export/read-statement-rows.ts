import { In, type DataSource } from "typeorm";
import { Actor } from "../modules/actor/actor.entity";
import { Article } from "../modules/article/article.entity";
import type { StatementFilter } from "../modules/statement/statement.filter";
import { selectStatements } from "../modules/statement/select-statements";
import type { ExportedActor, StatementExportRow } from "./statement-export-row";
import { textQuoteSelector } from "./text-quote-selector";
import { columnSql } from "../db/column-sql";

/** Statements read per query. */
export const EXPORT_BATCH_SIZE = 500;

export interface ReadRowsOptions {
  batchSize?: number;
  /** Called after each batch is read, with its number (1-based) and size. */
  onBatch?: (batch: number, size: number) => void;
  /** Stops reading (at the next batch) once aborted. */
  signal?: AbortSignal;
}

/**
 * Every statement matching the filter, in id order, read in keyset batches (id > last id) so only
 * one batch (with its articles and actors) is in memory at a time. Nothing is skipped or capped.
 */
export async function* readStatementRows(
  dataSource: DataSource, filter: StatementFilter, options: ReadRowsOptions = {},
): AsyncGenerator<StatementExportRow> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const idSql = columnSql(dataSource, "statement", "id");
  const base = await selectStatements(dataSource, filter, { field: "ID", direction: "ASC" });
  let lastId = 0;
  for (let batch = 1; !options.signal?.aborted; batch++) {
    const statements = await base.clone().andWhere(`${idSql} > :lastId`, { lastId }).orderBy(idSql, "ASC").limit(batchSize).getMany();
    options.onBatch?.(batch, statements.length);
    if (!statements.length) return;
    lastId = statements[statements.length - 1].id;

    const articles = await dataSource.getRepository(Article).find({
      select: { id: true, url: true, outletId: true, publishedAt: true, body: true },
      where: { id: In([...new Set(statements.map((s) => s.articleId))]) },
    });
    const articleById = new Map(articles.map((a) => [a.id, a]));
    const actorIds = new Set<number>();
    for (const s of statements) for (const id of [s.speakerId, s.viaId]) if (id !== null) actorIds.add(id);
    for (const a of articles) if (a.outletId !== null) actorIds.add(a.outletId);
    const actors = actorIds.size
      ? await dataSource.getRepository(Actor).find({ select: { id: true, name: true }, where: { id: In([...actorIds]) } })
      : [];
    const actorById = new Map(actors.map((a) => [a.id, { id: String(a.id), name: a.name }]));
    const actor = (id: number | null): ExportedActor | null => (id === null ? null : actorById.get(id) ?? null);

    for (const s of statements) {
      const article = articleById.get(s.articleId)!;
      yield {
        id: String(s.id),
        text: s.text,
        kind: s.kind,
        speaker: actor(s.speakerId),
        speakerLabel: s.speakerLabel,
        via: actor(s.viaId),
        saidOn: s.saidOn,
        saidOnPrecision: s.saidOnPrecision,
        outlet: actor(article.outletId),
        url: article.url,
        articleId: String(s.articleId),
        publishedAt: article.publishedAt,
        language: s.language,
        startOffset: s.startOffset,
        endOffset: s.endOffset,
        confidence: s.confidence,
        reviewed: s.reviewed,
        selector: textQuoteSelector(article.body, s.startOffset, s.endOffset),
      };
    }
    if (statements.length < batchSize) return;
  }
}
