import assert from "node:assert/strict";
import { test } from "node:test";
import { type ComparableDeal, isSameDeal } from "../../../src/extract/deals/is-same-deal";

const deal = (facts: Partial<ComparableDeal>): ComparableDeal => ({
  items: [], designations: [], category: null, periodStart: null, periodEnd: null, amount: null, currency: null, status: "DELIVERED", ...facts,
});

test("a shared designation in any script is the same deal; different designations are not", () => {
  const stored = deal({ items: ["T-90S"], designation: "T-90S", category: "armoured vehicles", periodStart: 2010, periodEnd: 2013 });
  assert.ok(isSameDeal(stored, deal({ items: ["танки Т-90С"], designations: ["Т-90С"], periodStart: 2011, periodEnd: 2011 })));
  assert.ok(!isSameDeal(stored, deal({ items: ["BMP-3"], designations: ["BMP-3"], category: "armoured vehicles" })));
});

test("a vague report ('weapons') matches; a shared category alone does not", () => {
  const stored = deal({ items: ["tanks", "artillery systems"], category: "armoured vehicles", amount: 5e9, currency: "USD", periodStart: 2009, periodEnd: 2011 });
  assert.ok(isSameDeal(stored, deal({ items: ["arms"], amount: 4.2e9, currency: "USD", periodStart: 2011 })));
  assert.ok(isSameDeal(stored, deal({ items: ["hundreds of tanks"] })));
  assert.ok(!isSameDeal(stored, deal({ items: ["BTR-82A"], designations: ["BTR-82A"], category: "armoured vehicles" })));
});

test("periods that do not meet and values far apart are different deals", () => {
  const stored = deal({ items: ["helicopters"], periodStart: 2009, periodEnd: 2011, amount: 1e9, currency: "USD" });
  assert.ok(!isSameDeal(stored, deal({ items: ["helicopters"], periodStart: 2018, periodEnd: 2018 })));
  assert.ok(!isSameDeal(stored, deal({ items: ["helicopters"], amount: 3e9, currency: "USD" })));
});

test("a new plan is not a done deal; a done deal matches the plan it carries out when they share a designation or a value", () => {
  const delivered = deal({ items: ["weapons"], status: "DELIVERED" });
  assert.ok(!isSameDeal(delivered, deal({ items: ["weapons"], status: "SOUGHT" })));
  const planned = deal({ items: ["MS-21 aircraft"], designations: ["MS-21"], status: "PLANNED" });
  assert.ok(isSameDeal(planned, deal({ items: ["МС-21"], designations: ["MS-21"], status: "DELIVERED" })));
  assert.ok(!isSameDeal(deal({ items: ["weapons"], status: "NEGOTIATING" }), deal({ items: ["tanks"], status: "DELIVERED" })));
});

test("a Deal row (one designation) and an ExtractedDeal (a list) fit the same type", () => {
  assert.ok(isSameDeal(deal({ items: ["Groza-S"], designation: "Groza-S", designations: undefined }), deal({ items: ["«Гроза-С»"], designations: ["Groza-S"] })));
});
