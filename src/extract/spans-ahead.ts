/** A stretch of text by its offsets. */
interface Offsets {
  start: number;
  end: number;
}

/**
 * Answers, for windows of text read in order, which of a list of spans (statements, mentions) each
 * window overlaps, in the list's order — the same answers as testing every span, in time that grows
 * with the spans near the window rather than with all of them, so a page of 10,000 reports stays
 * linear. A window that starts before the previous one is answered by testing every span.
 */
export class SpansAhead<T extends Offsets> {
  /** Indices of the spans by start. */
  private readonly byStart: number[];
  private next = 0;
  /** Spans that start before the furthest window end seen and may still reach the next window. */
  private near: number[] = [];
  private lastStart = -Infinity;

  constructor(private readonly spans: readonly T[]) {
    this.byStart = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  }

  /** Indices, ascending, of the spans with `span.start < end && start < span.end`. */
  overlapping(start: number, end: number): number[] {
    if (start < this.lastStart) return this.spans.flatMap((span, i) => (span.start < end && start < span.end ? [i] : []));
    this.lastStart = start;
    while (this.next < this.byStart.length && this.spans[this.byStart[this.next]].start < end) this.near.push(this.byStart[this.next++]);
    // Windows only move forward: a span that ends before this one starts is behind every later window.
    this.near = this.near.filter((i) => start < this.spans[i].end);
    return this.near.filter((i) => this.spans[i].start < end).sort((a, b) => a - b);
  }
}
