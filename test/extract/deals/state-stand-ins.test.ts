/**
 * Invented pages whose deals name a side by a stand-in: "it" or "the country" for the state the sentence before
 * opened with. Run through the whole pipeline, since the stand-in needs the actors stage's state mentions.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../../../src/extract/pipeline";

function sides(page: string): string[] {
  return extractArticle(page).deals.map((d) => `${d.supplier?.name ?? "?"} -> ${d.recipient?.name ?? "?"}: ${d.items.join(", ")}`);
}

test("'In 2021 it ordered …' and 'The kingdom has also bought …': the state the text is about buys", () => {
  const page = "Defence Wire\nMorocco modernises its forces\nJune 3, 2025\n\n" +
    "Rabat has been modernising its armed forces rapidly over the past decade, officials say.\n\n" +
    "In 2021 it ordered Israeli Barak MX air defence systems. The kingdom has also bought Chinese Wing Loong drones.";
  assert.deepEqual(sides(page), ["Israel -> Morocco: Barak MX air defence systems", "China -> Morocco: Wing Loong drones"]);
});

test("'it' that is no clause's subject stands for nothing: the deal keeps its one known side", () => {
  const page = "Defence Wire\nTalks in Rabat\nJune 3, 2025\n\nMorocco hosted a defence fair in Rabat this week, with exhibitors from forty countries.\n\n" +
    "Visitors said it showed Israeli Barak MX air defence systems for sale to the region.";
  assert.ok(!sides(page).some((s) => s.endsWith("-> Morocco: Barak MX air defence systems")), sides(page).join("; "));
});

test("'US$890 million' in a company's reported words is no 'us': the company's state does not buy what it exports", () => {
  const page = "Asia Defence Wire\nHowitzers for Vietnam\nJanuary 5, 2026\n\n" +
    "Hanwha Aerospace said Monday it has signed a deal worth 1.3 trillion won (US$890 million) to export K9 self-propelled howitzers to Vietnam.\n\n" +
    "In 2022, Poland signed a framework agreement to buy 672 K9 howitzers, the largest export deal of the South Korean defense industry.";
  assert.deepEqual(sides(page), ["South Korea -> Vietnam: K9 self-propelled howitzers", "South Korea -> Poland: K9 howitzers"]);
});
