import assert from "node:assert/strict";
import { test } from "node:test";
import { findUnknownOrganizations } from "../../../src/extract/actors/find-unknown-organizations";

const states = new Set(["India", "Chile", "Peru"]);
const find = (body: string, known: Array<{ start: number; end: number }> = []) =>
  findUnknownOrganizations(body, known, (w) => states.has(w)).map((o) => `${o.name} (${o.kind})`);

test("English names that end in a kind of body, with an 'of' tail or a state's name after it", () => {
  assert.deepEqual(find("The howitzers come from Andes Forge Chile, a partner of Pacific Container Corporation of Peru."), [
    "Andes Forge Chile (ORGANIZATION)",
    "Pacific Container Corporation of Peru (ORGANIZATION)",
  ]);
  assert.deepEqual(find("Analysts at the Southern Security Network said the 41st Air Defence Missile Brigade got them."), [
    "Southern Security Network (ORGANIZATION)",
    "41st Air Defence Missile Brigade (ORGANIZATION)",
  ]);
});

test("a capitalised sentence start, a lone head word or a known name is not an unknown organisation", () => {
  assert.deepEqual(find("Group leaders met. The Council said nothing. According to Committee rules, it waits."), []);
  const body = "Rosoboronexport Group signed it.";
  assert.deepEqual(find(body, [{ start: 0, end: 15 }]), []);
});

test("Russian quoted names after a kind of body; an outlet's after 'издание'", () => {
  assert.deepEqual(find("Контракт подписал концерн «Андский завод», сообщило издание «Вечерний Лима»."), [
    "Андский завод (ORGANIZATION)",
    "Вечерний Лима (MEDIA)",
  ]);
});

test("a name never runs across a sentence end or a paragraph break", () => {
  assert.deepEqual(find("It was sold to Chile.\n\nCongress had been notified by Andes Forge Limited."), ["Andes Forge Limited (ORGANIZATION)"]);
  assert.deepEqual(find("They spoke to Peru. Congress agreed."), []);
});

test("research bodies end in Center, Centre, Foundation, University…, and a name may go on with 'for' ('Institute for Strategic Studies')", () => {
  assert.deepEqual(find("said an analyst at the Andean Research Center in Lima."), ["Andean Research Center (ORGANIZATION)"]);
  assert.deepEqual(find("according to the Pacific Institute for Naval Studies (PINS)."), ["Pacific Institute for Naval Studies (ORGANIZATION)"]);
  assert.deepEqual(find("The Center said so."), []);
});

test("a possessor opening the name is no part of it: \"Peru's Supreme Council of National Defence\"", () => {
  assert.deepEqual(find("Peru's Supreme Council of National Defence approved the purchase."), ["Supreme Council of National Defence (ORGANIZATION)"]);
});
