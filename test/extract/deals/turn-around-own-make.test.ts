import assert from "node:assert/strict";
import { test } from "node:test";
import { turnAroundOwnMake } from "../../../src/extract/deals/turn-around-own-make";
import type { ExtractedDeal } from "../../../src/extract/types";
import { loadWeaponGazetteer } from "../../../src/knowledge/weapons";
import type { ActorRef } from "../../../src/model/actor-ref";

const weapons = loadWeaponGazetteer();
const state = (kbId: string, name: string): ActorRef => ({ kbId, name, kind: "STATE" });

function deal(supplier: ActorRef, recipient: ActorRef, designations: string[]): ExtractedDeal {
  return { supplier, recipient, items: designations, designations, category: null, quantity: null, valueText: null, amount: null, currency: null,
    period: null, periodStart: null, periodEnd: null, status: "DELIVERED", evidence: { excerpt: "", start: 0, end: 0, statementIndex: null } };
}

test("a deal read as a state importing its own system from a non-maker runs the other way", () => {
  const read = deal(state("czech-republic", "Czech Republic"), state("sweden", "Sweden"), ["JAS-39 Gripen"]);
  turnAroundOwnMake(read, weapons);
  assert.equal(read.supplier?.name, "Sweden");
  assert.equal(read.recipient?.name, "Czech Republic");
});

test("a deal to a non-maker, or of systems made in several states, keeps its direction", () => {
  const export_ = deal(state("russia", "Russia"), state("vietnam", "Vietnam"), ["T-90S"]);
  turnAroundOwnMake(export_, weapons);
  assert.equal(export_.supplier?.name, "Russia");
  const mixed = deal(state("georgia", "Georgia"), state("france", "France"), ["H225M Caracal", "T-90S"]);
  turnAroundOwnMake(mixed, weapons);
  assert.equal(mixed.supplier?.name, "Georgia", "not every system is French: nothing tells the direction");
});
