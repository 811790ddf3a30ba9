/** Where `text` occurs verbatim in `body`, the occurrence nearest `oldStart`; null when it does not occur. */
export function reanchorSpan(body: string, text: string, oldStart: number): number | null {
  let best: number | null = null;
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
    if (best === null || Math.abs(at - oldStart) < Math.abs(best - oldStart)) best = at;
  }
  return best;
}
