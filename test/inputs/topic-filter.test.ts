import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { topicFilter } from "../../src/inputs/topic-filter";
import { designationsOf } from "../../src/inputs/open-page-source";
import { loadPipelineResources } from "../../src/extract/pipeline";
import { ARMS_TERMS } from "../../src/language/arms-terms";
import { referenceTermFinder } from "./reference-term-finder";

// The default filter over the real gazetteer, against the matching it replaced (the oracle).
const designations = designationsOf(loadPipelineResources().weapons.weapons);
const filter = topicFilter(designations);
const reference = referenceTermFinder([...designations, ...ARMS_TERMS]);
const referenceKeeps = (text: string) => reference(text) !== null;
const utf8 = new TextDecoder("utf-8");

/** What read-warc decides for the bytes of a page declared UTF-8: the byte scan first, the text only when it might be kept. */
const keepsUtf8Page = (bytes: Uint8Array) => filter.mayKeepUtf8(bytes) && filter.keeps(utf8.decode(bytes));

const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article>${body}</article></body></html>`;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>The council met on day ${i} to discuss the budget for schools and roads.</p>`).join("\n");

const cases: [name: string, text: string, kept: boolean][] = [
  ["an English term in the title only", page("New missile test", filler(3)), true],
  ["a Russian term in the title only", page("Испытание ракеты", filler(3)), true],
  ["a term deep in a long body", page("Council", filler(3000) + "<p>They ordered howitzers.</p>"), true],
  ["a Russian term deep in a long body", page("Совет", filler(3000) + "<p>Они закупили гаубицы.</p>"), true],
  ["a designation with a hyphen", page("Deal", "<p>India ordered T-90S tanks</p>"), true],
  ["upper case", page("MISSILE", ""), true],
  ["mixed case", page("mIsSiLe", ""), true],
  ["Russian upper case", page("РАКЕТА", ""), true],
  ["Russian title case", page("Беспилотники", ""), true],
  ["a two-word term split across lines", page("Council", "<p>the arms\ndeal was signed</p>"), false],
  ["a two-word term with two spaces", page("Council", "<p>the arms  deal was signed</p>"), false],
  ["a term inside an attribute (markup counts, as it always did)", page("Council", '<a href="/missile-news">Sport</a>'), true],
  ["a term inside a script (markup counts, as it always did)", page("Council", "<script>var howitzer = 1;</script>"), true],
  ["a term inside a tag name", page("Council", "<missile-widget></missile-widget>"), true],
  ["a term inside a word", page("Council", "<p>dismissiles and thinktanks</p>"), false],
  ["after « and a no-break space", page("Council", "<p>«missile»\u00a0</p><p>\u00a0howitzer</p>"), true],
  ["after an em dash (a word character from U+00C0 up, as it always was)", page("Council", "<p>x\u2014missile</p>"), false],
  ["after a byte-order mark", "\ufeffmissile", false],
  ["a dotted capital I, lowered to two characters", page("Council", "<p>İSTANBUL CLASS</p>"), true],
  ["a Greek capital sigma before a term", page("Council", "<p>ΣΑΣ missile</p>"), true],
  ["the Kelvin sign, lowered to k", page("Council", "<p>\u212a9 </p>"), referenceKeeps(page("Council", "<p>\u212a9 </p>"))],
  ["a lone surrogate before a term", page("Council", "<p>\ud800missile</p>"), false],
  ["an emoji before a term", page("Council", "<p>\ud83d\ude00 missile</p>"), true],
  ["no term at all", page("Council", filler(50)), false],
];

test("topic filter: the same decision as before on pages with terms in the title, deep in the body, split across lines, in other cases, in markup", () => {
  for (const [name, text, kept] of cases) {
    assert.equal(referenceKeeps(text), kept, `the oracle on ${name}`);
    assert.equal(filter.keeps(text), kept, `keeps() on ${name}`);
    // decoding drops a leading byte-order mark, so the bytes of "\ufeffmissile" are a page that says "missile"
    const bytes = Buffer.from(text, "utf8");
    assert.equal(keepsUtf8Page(bytes), referenceKeeps(utf8.decode(bytes)), `the bytes of ${name}`);
  }
});

// Deterministic pseudo-random pages mixing words, terms in altered case, term halves split by a
// line break, and the characters where word starts and lowering are subtle.
let seed = 17;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const terms = [...designations, ...ARMS_TERMS].filter((t) => t.trim().length >= 3);
const words = "the council budget school rain market bank город мэр бюджет школа погода town tower tangible важно".split(" ");
const separators = [" ", " ", " ", "\n", "<p>", "</p>", '<a href="/', '">', "-", "«", "\u00a0", "\u2014", "1", "ж", "İ", "Σ", "\ufeff", "\ud800", "\ud83d\ude00", "\u212a", "é", "É", "\t", ".", ","];
const alterCase = (term: string) => {
  const way = random();
  if (way < 0.25) return term.toUpperCase();
  if (way < 0.5) return term[0].toUpperCase() + term.slice(1);
  if (way < 0.75) return [...term].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join("");
  return term;
};
function randomPage(): string {
  const parts: string[] = [];
  const length = 5 + Math.floor(random() * 60);
  for (let i = 0; i < length; i++) {
    const kind = random();
    if (kind < 0.55) parts.push(pick(words));
    else if (kind < 0.6) parts.push(alterCase(pick(terms)));
    else if (kind < 0.66) {
      const term = pick(terms);
      const cut = 1 + Math.floor(random() * (term.length - 1));
      parts.push(`${term.slice(0, cut)}${pick(["\n", " ", "<b>", ""])}${term.slice(cut)}`);
    } else if (kind < 0.7) parts.push(pick(terms).slice(1));
    parts.push(pick(separators));
  }
  return parts.join("");
}
/** Malformed UTF-8 dropped into the page's bytes: a lone continuation, a cut sequence, an overlong form, a stray lead. */
const badBytes = [[0x80], [0xd0], [0xe0, 0x80], [0xc1, 0x81], [0xe0, 0x81, 0x81], [0xff], [0xf0, 0x9f], [0xef, 0xbb, 0xbf]];
function withBadBytes(bytes: Buffer): Buffer {
  const at = Math.floor(random() * (bytes.length + 1));
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(badBytes)), bytes.subarray(at)]);
}

test("topic filter: the same decision as before on 4,000 generated pages, as text and as UTF-8 bytes (malformed ones too)", () => {
  let kept = 0;
  for (let i = 0; i < 4000; i++) {
    const text = randomPage();
    const expected = referenceKeeps(text);
    if (expected) kept++;
    assert.equal(filter.keeps(text), expected, `keeps() on ${JSON.stringify(text)}`);
    const bytes = i % 3 === 0 ? withBadBytes(Buffer.from(text, "utf8")) : Buffer.from(i % 7 === 0 ? `\ufeff${text}` : text, "utf8");
    assert.equal(keepsUtf8Page(bytes), referenceKeeps(utf8.decode(bytes)), `the bytes ${bytes.toString("hex")}`);
  }
  assert.ok(kept > 400 && kept < 3600, `both decisions occur (${kept} of 4000 kept)`);
});

test("topic filter: a page in another charset is filtered on its decoded text, as before", () => {
  const text = page("Совет", "<p>Россия поставит Индии зенитные комплексы.</p>");
  const bytes = iconv.encode(text, "win1251");
  assert.equal(filter.keeps(iconv.decode(bytes, "win1251")), true);
  assert.equal(filter.keeps(iconv.decode(iconv.encode(page("Совет", "<p>Погода</p>"), "win1251"), "win1251")), false);
});

test("topic filter: --match keeps what the expression matches and never skips the decoding", () => {
  const match = topicFilter(designations, "extra time");
  assert.equal(match.keeps("after EXTRA TIME"), true);
  assert.equal(match.keeps("missile"), false);
  assert.equal(match.mayKeepUtf8(Buffer.from("anything")), true);
});

test("short letter-only designations are not looked for: 'town' and 'буква' do not keep a page, a page about the Buk still names a missile", () => {
  assert.ok(!designations.some((d) => /^(?:tow|buk|бук|grad)$/iu.test(d)));
  assert.equal(filter.keeps("The town council met towards noon to discuss the graduation ceremony."), false);
  assert.equal(filter.keeps("В слове «буква» пять букв."), false);
  assert.equal(filter.keeps("Egypt wants more Buk air defence missiles."), true);
  assert.equal(filter.keeps("Египет хочет закупить ЗРК «Бук» и ракеты к нему."), true);
});
