import { contentHash } from "../../src/extract/content-hash";
import type { ExtractedDeal, ExtractedStatement, Extraction } from "../../src/extract/types";
import type { ActorRef } from "../../src/model/actor-ref";

export const shoigu: ActorRef = { kbId: "sergei-shoigu", name: "Sergei Shoigu", kind: "PERSON" };
export const russia: ActorRef = { kbId: "russia", name: "Russia", kind: "STATE" };
export const azerbaijan: ActorRef = { kbId: "azerbaijan", name: "Azerbaijan", kind: "STATE" };
export const ria: ActorRef = { kbId: "ria-novosti", name: "RIA Novosti", kind: "MEDIA" };

/** A statement found at `text`'s place in `body`. */
export function statementIn(body: string, text: string, extra: Partial<ExtractedStatement> = {}): ExtractedStatement {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the body`);
  return {
    text, kind: "DIRECT", speaker: shoigu, speakerLabel: "Shoigu", via: null,
    saidOn: { date: null, precision: "UNKNOWN" }, language: "en", start, end: start + text.length, confidence: 0.9, ...extra,
  };
}

/** A deal of Russia to Azerbaijan evidenced by the first sentence of `body`. */
export function dealIn(body: string, extra: Partial<ExtractedDeal> = {}): ExtractedDeal {
  const end = body.indexOf(".") + 1;
  return {
    supplier: russia, recipient: azerbaijan, items: ["tanks"], designations: [], category: "armoured vehicles", quantity: null,
    valueText: "$4 billion", amount: 4e9, currency: "USD", period: "2010-2011", periodStart: 2010, periodEnd: 2011, status: "DELIVERED",
    evidence: { excerpt: body.slice(0, end), start: 0, end, statementIndex: null }, ...extra,
  };
}

/** A complete, hand-built extraction: what the store receives, independent of the extractor's rules. */
export function extractionOf(body: string, parts: Partial<Extraction> = {}): Extraction {
  return {
    extractorVersion: "test",
    contentHash: contentHash(body),
    originalText: body,
    format: "text",
    body,
    metadata: {
      title: "Test article", outlet: ria, language: "en", publishedAt: { date: "2016-06-15", precision: "DAY" }, authors: [], url: null,
    },
    statements: [],
    mentions: [],
    actors: [],
    deals: [],
    timings: {},
    ...parts,
  };
}
