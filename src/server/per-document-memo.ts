import type { DocumentNode } from "graphql";

/** Variable sets remembered per document: a client's few variants of an operation, not a flood of them. */
const ENTRIES_PER_DOCUMENT = 20;

/**
 * Variables longer than this, written as JSON, are not remembered (a page given to `ingestArticle` is up to 1 MB:
 * keeping it as a key would hold megabytes for a check that a mutation runs once).
 */
const MAX_KEY_CHARS = 4_096;

/** Keys already written, per request object: the three checks of one request share one JSON.stringify. */
const keysOfRequests = new WeakMap<object, string | undefined>();

/**
 * The key of a request's operation name and variables for a PerDocumentMemo, or undefined when its
 * variables are too long to remember (the check then runs every time). `operationName` is the operation the
 * request runs (Apollo's resolved name), the same for every check of one request.
 */
export function operationKey(request: { variables?: Record<string, unknown> }, operationName: string | null | undefined): string | undefined {
  if (keysOfRequests.has(request)) return keysOfRequests.get(request);
  const json = request.variables ? JSON.stringify(request.variables) : "{}";
  const key = json.length > MAX_KEY_CHARS ? undefined : `${operationName ?? ""}\u0000${json}`;
  keysOfRequests.set(request, key);
  return key;
}

/**
 * What a check found for one parsed document and one operation key (operationKey), so a repeated request
 * does not walk the document again. Apollo hands the same document object to repeated queries (its document
 * store keeps parsed documents by their text), so the document itself is the first key: forgotten with it.
 * At most ENTRIES_PER_DOCUMENT keys per document, the oldest dropped first.
 */
export class PerDocumentMemo<T> {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();

  get(document: DocumentNode, key: string | undefined): T | undefined {
    return key === undefined ? undefined : this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string | undefined, value: T): void {
    if (key === undefined) return;
    let entries = this.byDocument.get(document);
    if (!entries) this.byDocument.set(document, (entries = new Map()));
    if (entries.size >= ENTRIES_PER_DOCUMENT && !entries.has(key)) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
  }
}
