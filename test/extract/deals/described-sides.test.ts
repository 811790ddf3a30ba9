import assert from "node:assert/strict";
import { test } from "node:test";
import { itemsOverlap } from "../../../src/extract/deals/deal-facts";
import { extractDeals } from "../../../src/extract/deals/extract-deals";
import type { ArticleMetadata } from "../../../src/extract/types";
import { loadKnowledgeBase } from "../../../src/knowledge/load-knowledge-base";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";

// Invented sentences: sides named through a described company, a customer's variant, and a system
// called by the first word of its name.
const kb = loadKnowledgeBase();
const weapons = loadWeaponGazetteer();
const meta: ArticleMetadata = { title: null, outlet: null, language: "en", publishedAt: { date: null, precision: "UNKNOWN" }, authors: [], url: null };

function sides(body: string) {
  return extractDeals(body, meta, [], [], kb, weapons).map((d) => `${d.supplier?.name ?? "?"} -> ${d.recipient?.name ?? "?"}: ${d.items.join(", ")}`);
}

test("a preposition governs the company after its description: 'from major South Korean defence contractor Hyundai Rotem'", () => {
  assert.deepEqual(sides("Norway on Tuesday signed a deal to purchase K2 tanks from major South Korean defence contractor Hyundai Rotem."), [
    "South Korea -> Norway: K2 tanks",
  ]);
});

test("a Russian preposition governs the company after its description: 'у российского оборонного концерна'", () => {
  const [deal] = sides("Вьетнам закупит танки Т-90С у крупнейшего российского оборонного концерна Уралвагонзавод.");
  assert.match(deal, /^Russia -> Vietnam/);
});

test("a demonym before a variant names the customer, not the maker: 'an Egyptian variant of the Rafale'", () => {
  assert.deepEqual(sides("The contract also covers production of an Egyptian variant of the Rafale."), ["France -> Egypt: Rafale"]);
});

test("a system called by the first word of its name is the same system: 'K2' and 'K2 Black Panther', not 'Su-30' and 'Su-30SM'", () => {
  const facts = (designations: string[]) => ({ items: designations, designations, category: null, periodStart: null, periodEnd: null, amount: null, currency: null });
  assert.equal(itemsOverlap(facts(["K2"]), facts(["K2 Black Panther"]), false), true);
  assert.equal(itemsOverlap(facts(["Rafale F4"]), facts(["Rafale"]), false), true);
  assert.equal(itemsOverlap(facts(["Su-30"]), facts(["Su-30SM"]), false), false);
});
