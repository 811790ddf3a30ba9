import assert from "node:assert/strict";
import { test } from "node:test";
import { SpansAhead } from "../../src/extract/spans-ahead";

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

test("SpansAhead answers as testing every span does, for windows moving forward and for one that goes back", () => {
  const random = numbers(7);
  const spans = Array.from({ length: 300 }, () => {
    const start = Math.floor(random() * 5000);
    return { start, end: start + 1 + Math.floor(random() * (random() < 0.1 ? 800 : 40)) };
  });
  const everySpan = (start: number, end: number) => spans.flatMap((s, i) => (s.start < end && start < s.end ? [i] : []));
  const ahead = new SpansAhead(spans);
  let start = 0;
  let answered = 0;
  while (start < 5200) {
    const end = start + Math.floor(random() * 120);
    const found = ahead.overlapping(start, end);
    assert.deepEqual(found, everySpan(start, end), `window ${start}-${end}`);
    answered += found.length;
    start = end + Math.floor(random() * 20);
  }
  assert.ok(answered > 100, "the windows met spans");
  assert.deepEqual(ahead.overlapping(100, 400), everySpan(100, 400), "a window that starts before the last one");
});
