import { In, type DataSource, type EntityManager } from "typeorm";
import { namedQuery } from "../db/named-query";
import { recordAudit, type AuditActor } from "../modules/audit/record-audit";
import { Actor } from "../modules/actor/actor.entity";
import { Article } from "../modules/article/article.entity";
import { Mention } from "../modules/article/mention.entity";
import { DealEvidence } from "../modules/deal/deal-evidence.entity";
import { Deal } from "../modules/deal/deal.entity";
import { Statement } from "../modules/statement/statement.entity";
import { EXTRACTOR_VERSION } from "../extract/extractor-version";
import { announceArticleCommit } from "./article-commits";
import { linkUtterances } from "./link-utterances";
import { extractArticle, loadPipelineResources, type PipelineResources } from "../extract/pipeline";
import { pruneStatementGroups } from "./prune-statement-groups";
import { reanchorSpan } from "./reanchor-span";
import { resolveActorIds } from "./resolve-actor-ids";
import { actorIdOf, actorRefsOf, insertMentions, insertStatements, storeDeals } from "./store-rows";
import type { EvidenceSpan, Extraction, SourceHints } from "../extract/types";

export type ReextractStatus = "updated" | "unchanged" | "skipped";

/** What re-extracting one article did. */
export interface ReextractResult {
  status: ReextractStatus;
  articleId: number;
  /** Reviewed statements kept as they were (re-anchored when the body changed). */
  statementsKept: number;
  /** Unreviewed statements removed. */
  statementsReplaced: number;
  /** Statements the new extraction added. */
  statementsAdded: number;
  /** Why the article was skipped. */
  reason?: string;
}

/** The author of re-extractions run from the command line, in the audit log. */
export const CLI_AUTHOR: AuditActor = { keyId: null, name: "cli" };

/** A span a person made or checked, with where it lies in the new body. */
interface KeptSpan {
  id: number;
  start: number;
  end: number;
  moved: boolean;
}

/**
 * Re-runs the current pipeline on an article's stored page (its url, outlet and date as hints) and
 * replaces, in one transaction with its audit entry, what extraction made of it, keeping what people
 * made: reviewed statements and curated deal evidence stay (re-anchored on their verbatim text when
 * the body changes; if one cannot be found, nothing changes and the result is "skipped" with the
 * reason); new statements overlapping a reviewed one are dropped; mentions, utterance links and
 * extracted evidence are rebuilt, and press deals left without evidence that no person curated are
 * deleted. "unchanged" (nothing written) when the article is at the current extractor version and the
 * extraction gives the same body, metadata and spans.
 */
export async function reextractArticle(
  dataSource: DataSource, articleId: number, resources: PipelineResources = loadPipelineResources(), author: AuditActor = CLI_AUTHOR,
): Promise<ReextractResult> {
  let addedStatementIds: number[] = [];
  const outcome = await dataSource.transaction(async (manager): Promise<ReextractResult> => {
    const article = await manager.findOne(Article, { where: { id: articleId } });
    if (!article) throw new Error(`No article has id ${articleId}.`);
    const extraction = extractArticle(article.originalText, { format: article.format, resources, hints: await storedHints(manager, article) });
    const statements = await manager.find(Statement, { where: { articleId }, order: { startOffset: "ASC", id: "ASC" } });
    const evidence = await manager.find(DealEvidence, { where: { articleId }, order: { id: "ASC" } });
    const reviewed = statements.filter((s) => s.reviewed);
    const replaced = statements.filter((s) => !s.reviewed);
    const curatedEvidence = evidence.filter((e) => e.curated);
    const extractedEvidence = evidence.filter((e) => !e.curated);
    const counts = { articleId, statementsKept: reviewed.length, statementsReplaced: 0, statementsAdded: 0 };

    const keptStatements = reanchor(article.body, extraction.body, reviewed.map((s) => ({ id: s.id, text: s.text, start: s.startOffset })));
    if ("missing" in keptStatements) return { ...counts, status: "skipped", reason: `reviewed statement ${keptStatements.missing} is no longer in the article's text: correct or un-review it first` };
    const keptEvidence = reanchor(article.body, extraction.body, curatedEvidence.map((e) => ({ id: e.id, text: e.excerpt, start: e.startOffset })));
    if ("missing" in keptEvidence) return { ...counts, status: "skipped", reason: `curated deal evidence ${keptEvidence.missing} is no longer in the article's text: remove it first` };

    const overlapped = new Map<number, number>();
    extraction.statements.forEach((s, index) => {
      const kept = keptStatements.spans.find((k) => k.start < s.end && s.start < k.end);
      if (kept) overlapped.set(index, kept.id);
    });
    const added = extraction.statements.map((s, index) => ({ s, index })).filter(({ index }) => !overlapped.has(index));
    const mentions = await manager.find(Mention, { where: { articleId } });
    if (article.extractorVersion === EXTRACTOR_VERSION && extraction.body === article.body && sameMetadata(article, extraction)
      && sameKeys(replaced.map((s) => [s.startOffset, s.endOffset, s.kind, s.speakerLabel, s.text]), added.map(({ s }) => [s.start, s.end, s.kind, s.speakerLabel, s.text]))
      && sameKeys(mentions.map((m) => [m.startOffset, m.endOffset, m.text]), extraction.mentions.map((m) => [m.start, m.end, m.text]))
      && sameKeys(extractedEvidence.map((e) => [e.startOffset, e.endOffset, e.note]), evidenceSpans(extraction).map((e) => [e.start, e.end, e.note ?? null]))) {
      return { ...counts, status: "unchanged" };
    }

    for (const span of keptStatements.spans.filter((k) => k.moved)) await manager.update(Statement, { id: span.id }, { startOffset: span.start, endOffset: span.end });
    for (const span of keptEvidence.spans.filter((k) => k.moved)) await manager.update(DealEvidence, { id: span.id }, { startOffset: span.start, endOffset: span.end });

    const replacedIds = replaced.map((s) => s.id);
    const touchedGroups = await groupsOf(manager, replacedIds);
    if (replacedIds.length) {
      await namedQuery(manager, `DELETE FROM statement_groups WHERE "statementId" IN (:...ids)`, { ids: replacedIds });
      await manager.delete(Statement, { id: In(replacedIds) });
    }
    await pruneStatementGroups(manager, touchedGroups);
    await manager.delete(Mention, { articleId });
    if (extractedEvidence.length) await manager.delete(DealEvidence, { id: In(extractedEvidence.map((e) => e.id)) });

    const { metadata } = extraction;
    const actorIds = await resolveActorIds(manager, actorRefsOf(extraction, added.map(({ s }) => s)), metadata.language);
    const idOf = actorIdOf(actorIds);

    await manager.update(Article, { id: articleId }, {
      title: metadata.title, outletId: idOf(metadata.outlet), publishedAt: metadata.publishedAt.date, publishedPrecision: metadata.publishedAt.precision,
      language: metadata.language, authors: metadata.authors, body: extraction.body, extractorVersion: extraction.extractorVersion,
    });

    const addedIds = await insertStatements(manager, articleId, added.map(({ s }) => s), idOf);
    addedStatementIds = addedIds;
    const statementIds = new Map(overlapped);
    added.forEach(({ index }, i) => statementIds.set(index, addedIds[i]));
    await insertMentions(manager, articleId, extraction.mentions, idOf);
    await linkUtterances(manager, addedIds, resources.kb);
    await relinkCuratedEvidence(manager, curatedEvidence, replaced, added.map(({ s, index }) => ({ id: statementIds.get(index)!, text: s.text, start: s.start })));

    const dealsOfThisArticle = await storeDeals(
      manager, articleId, extraction.deals, actorIds, metadata.publishedAt.date, (index) => statementIds.get(index) ?? null, resources.weapons,
    );
    const dealsDeleted = await deleteAbandonedDeals(manager, extractedEvidence.map((e) => e.dealId).filter((id) => !dealsOfThisArticle.has(id)));

    const result: ReextractResult = { ...counts, status: "updated", statementsReplaced: replaced.length, statementsAdded: addedIds.length };
    await recordAudit(manager, author, {
      action: "reextractArticle", entityType: "Article", entityId: articleId,
      before: { extractorVersion: article.extractorVersion, statements: statements.length, reviewed: reviewed.length, mentions: mentions.length, evidence: evidence.length },
      after: {
        extractorVersion: extraction.extractorVersion, statementsKept: result.statementsKept, statementsReplaced: result.statementsReplaced,
        statementsAdded: result.statementsAdded, statementsReanchored: keptStatements.spans.filter((k) => k.moved).map((k) => k.id),
        mentions: extraction.mentions.length, evidence: curatedEvidence.length + evidenceSpans(extraction).length, dealsDeleted,
      },
    });
    return result;
  });
  if (outcome.status === "updated") announceArticleCommit({ articleId, kind: "reextracted", statementIds: addedStatementIds });
  return outcome;
}

/** The hints ingestion had, as far as the store keeps them: url, outlet name and publication date at its precision. */
async function storedHints(manager: EntityManager, article: Article): Promise<SourceHints> {
  const outlet = article.outletId === null ? null : await manager.findOne(Actor, { select: { id: true, name: true }, where: { id: article.outletId } });
  const length = { DAY: 10, MONTH: 7, YEAR: 4, UNKNOWN: 0 }[article.publishedPrecision];
  return { url: article.url, outlet: outlet?.name ?? null, publishedAt: article.publishedAt && length ? article.publishedAt.slice(0, length) : null };
}

/** Each span's place in the new body: unchanged when the body is, else its text's occurrence nearest the old place; or the first one lost. */
function reanchor(oldBody: string, newBody: string, spans: { id: number; text: string; start: number }[]): { spans: KeptSpan[] } | { missing: number } {
  const kept: KeptSpan[] = [];
  for (const span of spans) {
    const start = oldBody === newBody ? span.start : reanchorSpan(newBody, span.text, span.start);
    if (start === null) return { missing: span.id };
    kept.push({ id: span.id, start, end: start + span.text.length, moved: start !== span.start });
  }
  return { spans: kept };
}

function evidenceSpans(extraction: Extraction): EvidenceSpan[] {
  return extraction.deals.flatMap((d) => [d.evidence, ...(d.additionalEvidence ?? [])]);
}

function sameMetadata(article: Article, extraction: Extraction): boolean {
  const m = extraction.metadata;
  return article.title === m.title && article.publishedAt === m.publishedAt.date && article.publishedPrecision === m.publishedAt.precision
    && article.language === m.language && JSON.stringify(article.authors) === JSON.stringify(m.authors);
}

function sameKeys(stored: unknown[][], fresh: unknown[][]): boolean {
  const keys = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
  return JSON.stringify(keys(stored)) === JSON.stringify(keys(fresh));
}

async function groupsOf(manager: EntityManager, statementIds: number[]): Promise<number[]> {
  if (!statementIds.length) return [];
  const rows = await namedQuery(manager, `SELECT DISTINCT "groupId" AS "groupId" FROM statement_groups WHERE "statementId" IN (:...ids)`, { ids: statementIds });
  return rows.map((row) => Number(row.groupId));
}

/** Points curated evidence that cited a replaced statement at the new statement with the same words (nearest), or at none. */
async function relinkCuratedEvidence(
  manager: EntityManager, curated: DealEvidence[], replaced: Statement[], added: { id: number; text: string; start: number }[],
): Promise<void> {
  const replacedById = new Map(replaced.map((s) => [s.id, s]));
  for (const evidence of curated) {
    const old = evidence.statementId === null ? undefined : replacedById.get(evidence.statementId);
    if (!old) continue;
    const same = added.filter((s) => s.text === old.text).sort((a, b) => Math.abs(a.start - old.startOffset) - Math.abs(b.start - old.startOffset))[0];
    await manager.update(DealEvidence, { id: evidence.id }, { statementId: same?.id ?? null });
  }
}

/** Deletes the press deals among `dealIds` that have no evidence left and that no person created or edited; returns their ids. */
async function deleteAbandonedDeals(manager: EntityManager, dealIds: number[]): Promise<number[]> {
  if (!dealIds.length) return [];
  const candidates = await manager.find(Deal, { select: { id: true }, where: { id: In([...new Set(dealIds)]), source: "PRESS", curated: false } });
  const abandoned: number[] = [];
  for (const { id } of candidates) if (!(await manager.exists(DealEvidence, { where: { dealId: id } }))) abandoned.push(id);
  if (abandoned.length) await manager.delete(Deal, { id: In(abandoned) });
  return abandoned;
}
