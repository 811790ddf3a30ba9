import type { Extraction } from "./types";
import type { ActorRef } from "../model/actor-ref";

/**
 * The JSON that `npm run -s extract` prints: the shape of ../shared/eval/CONTRACT.md
 * (lower-case kinds, canonical names, `publishedAt` only when the day is known), plus the
 * fields a researcher wants to see (precisions, labels, offsets, confidence, timings).
 */
export function toContractJson(extraction: Extraction) {
  const { metadata } = extraction;
  const name = (actor: ActorRef | null) => actor?.name ?? null;
  return {
    title: metadata.title,
    outlet: name(metadata.outlet),
    language: metadata.language,
    publishedAt: metadata.publishedAt.precision === "DAY" ? metadata.publishedAt.date : null,
    publishedAtPartial: metadata.publishedAt,
    url: metadata.url,
    authors: metadata.authors,
    statements: extraction.statements.map((s) => ({
      quote: s.text,
      kind: s.kind.toLowerCase(),
      speaker: name(s.speaker),
      speakerLabel: s.speakerLabel,
      via: name(s.via),
      saidOn: s.saidOn,
      language: s.language,
      start: s.start,
      end: s.end,
      confidence: s.confidence,
    })),
    actors: extraction.actors.map((a) => ({ name: a.name, kind: a.kind.toLowerCase(), kbId: a.kbId, roleText: a.roleText ?? null })),
    mentions: extraction.mentions.map((m) => ({ name: m.actor.name, text: m.text, start: m.start, end: m.end })),
    deals: extraction.deals.map((d) => ({
      supplier: name(d.supplier),
      recipient: name(d.recipient),
      items: d.items,
      designations: d.designations,
      category: d.category,
      quantity: d.quantity,
      value: d.valueText,
      amount: d.amount,
      currency: d.currency,
      period: d.period,
      status: d.status.toLowerCase(),
      confidence: d.confidence ?? 1,
      inferred: d.inferred ?? null,
      evidence: d.evidence,
    })),
    extractorVersion: extraction.extractorVersion,
    contentHash: extraction.contentHash,
    timings: extraction.timings,
  };
}
