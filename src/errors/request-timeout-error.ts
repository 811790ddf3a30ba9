/**
 * A request ran past its time budget (REQUEST_TIMEOUT_MS) and was stopped: nothing it had not
 * committed is stored. Answered as HTTP 503 with `extensions.code` REQUEST_TIMEOUT; the message says
 * what the client can do.
 */
export class RequestTimeoutError extends Error {
  override name = "RequestTimeoutError";

  constructor(readonly timeoutMs: number) {
    super(
      `The request ran past its time budget of ${formatMs(timeoutMs)} (REQUEST_TIMEOUT_MS) and was stopped; nothing it would have written was stored. ` +
        "Ask for less (a smaller page `first`, fewer nested lists, a narrower filter, a shorter page to ingest) or try again when the server is less busy.",
    );
  }
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms.toLocaleString("en")} ms`;
}
