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
