import { createHash } from "node:crypto";
import fs from "node:fs";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { Kind, parse, print, visit, type ASTNode, type DocumentNode } from "graphql";

/**
 * Trusted documents (a persisted-operation allow-list): with a manifest written by graphql-codegen's
 * client preset (`presetConfig: { persistedDocuments: true }`, an object `{ "sha256:<hex>": "<document>" }`),
 * the server runs only the operations listed there. A request may name one by hash —
 * `extensions.persistedQuery.sha256Hash` (Apollo/APQ style) or `documentId` (GraphQL-over-HTTP style),
 * with or without the `sha256:` prefix — or send a query text that is one of the listed documents
 * (the same hash, or the same document once fields, arguments and variables are put in a canonical order,
 * so a client may print the generated TypedDocumentNode itself). Everything else is refused with
 * PERSISTED_QUERY_NOT_ALLOWED (ad-hoc text) or PERSISTED_QUERY_NOT_FOUND (unknown hash).
 *
 * Unlike APQ, which is a cache any client can fill, nothing is ever added to the list at run time.
 * The GraphiQL page is still served, but it cannot run ad-hoc queries (nor its introspection query).
 */
export interface TrustedDocuments {
  /** The manifest it was read from (for messages). */
  source: string;
  /** Bare hex sha256 → document text. */
  byHash: Map<string, string>;
  /** Canonical print of each document → its text. */
  byCanonical: Map<string, string>;
  /** Query texts already found trusted (bounded), so a client's usual text is parsed once. */
  admitted: Set<string>;
  /** A text longer than this (twice the longest listed document, for other layouts) cannot be a listed document. */
  maxLength: number;
  /** A text nesting brackets deeper than this (the deepest listed document) cannot be a listed document. */
  maxNesting: number;
}

/** Most remembered trusted query texts. */
const ADMITTED_CACHE = 1000;

export const NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED";
export const NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

/** Bare lower-case hex of a hash given as "sha256:<hex>" or "<hex>". */
export function bareHash(hash: string): string {
  return hash.trim().replace(/^sha256:/i, "").toLowerCase();
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function nameOf(node: { name?: { value: string } }): string {
  return node.name?.value ?? "";
}

/**
 * The document printed with its definitions, selections, arguments, variable definitions and input
 * object fields sorted, so two texts of the same operation (codegen's manifest sorts fields, `print`
 * of the generated AST keeps the source order) compare equal.
 */
export function canonicalDocument(document: DocumentNode | string): string {
  const ast = typeof document === "string" ? parse(document, { noLocation: true }) : document;
  const byName = <T extends { name?: { value: string } }>(items: readonly T[] | undefined) => (items ? [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b))) : items);
  const byPrint = <T extends ASTNode>(items: readonly T[]) => [...items].sort((a, b) => print(a).localeCompare(print(b)));
  const sorted = visit(ast, {
    leave(node) {
      switch (node.kind) {
        case Kind.DOCUMENT:
          return { ...node, definitions: byPrint(node.definitions) };
        case Kind.SELECTION_SET:
          return { ...node, selections: byPrint(node.selections) };
        case Kind.FIELD:
        case Kind.DIRECTIVE:
          return { ...node, arguments: byName(node.arguments) };
        case Kind.OPERATION_DEFINITION:
          return { ...node, variableDefinitions: node.variableDefinitions && [...node.variableDefinitions].sort((a, b) => a.variable.name.value.localeCompare(b.variable.name.value)) };
        case Kind.OBJECT:
          return { ...node, fields: byName(node.fields) };
        default:
          return undefined;
      }
    },
  });
  return print(sorted);
}

/** Reads a codegen persisted-documents manifest; throws a clear error when it is missing or malformed. */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS: cannot read the manifest ${file}: ${(error as Error).message}`);
  }
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) {
    throw new Error(`TRUSTED_DOCUMENTS: ${file} is not a persisted-documents manifest (an object of "sha256:<hash>": "<document>")`);
  }
  const byHash = new Map<string, string>();
  const byCanonical = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    if (typeof text !== "string") throw new Error(`TRUSTED_DOCUMENTS: ${file}: the entry ${hash} is not a document text`);
    let canonical: string;
    try {
      canonical = canonicalDocument(text);
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS: ${file}: the entry ${hash} does not parse: ${(error as Error).message}`);
    }
    byHash.set(bareHash(hash), text);
    byCanonical.set(canonical, text);
  }
  if (!byHash.size) throw new Error(`TRUSTED_DOCUMENTS: ${file} lists no documents`);
  const texts = [...byHash.values()];
  const maxLength = 2 * Math.max(...texts.map((t) => t.length)) + 1024;
  const maxNesting = Math.max(...texts.map((t) => bracketNesting(t, Infinity)));
  return { source: file, byHash, byCanonical, admitted: new Set(), maxLength, maxNesting };
}

/**
 * The deepest nesting of `{`, `(` and `[` in a text, in one pass; stops counting past `cap`. Strings
 * are not skipped: a bracket inside one counts too, the same way for listed documents and requests.
 */
export function bracketNesting(text: string, cap: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 40 || c === 91) {
      if (++depth > deepest) deepest = depth;
      if (deepest > cap) return deepest;
    } else if (c === 125 || c === 41 || c === 93) depth--;
  }
  return deepest;
}

/**
 * True when the text is one of the trusted documents (same hash, or same canonical document). A text
 * longer or more deeply nested than every listed document is refused before it is parsed, so an
 * ad-hoc document costs linear work whatever its shape.
 */
export function isTrustedText(trusted: TrustedDocuments, query: string): boolean {
  if (trusted.admitted.has(query) || trusted.byHash.has(sha256(query))) return true;
  if (query.length > trusted.maxLength || bracketNesting(query, trusted.maxNesting) > trusted.maxNesting) return false;
  let canonical: string;
  try {
    canonical = canonicalDocument(query);
  } catch {
    return false; // not even GraphQL: certainly not a trusted document
  }
  if (!trusted.byCanonical.has(canonical)) return false;
  if (trusted.admitted.size < ADMITTED_CACHE) trusted.admitted.add(query);
  return true;
}

class Refusal {
  constructor(readonly code: string, readonly message: string) {}
}

const ONLY_TRUSTED = "This deployment only accepts its clients' trusted documents (the operations in its persisted-documents manifest)";

/**
 * Resolves one GraphQL-over-HTTP operation in place: a hash becomes the listed text (the hash fields are
 * removed so Apollo does not treat it as an APQ registration), a text must be listed. Returns a refusal.
 */
function admit(trusted: TrustedDocuments, operation: Record<string, unknown>): Refusal | undefined {
  const extensions = operation.extensions && typeof operation.extensions === "object" ? (operation.extensions as Record<string, unknown>) : undefined;
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const hash = typeof operation.documentId === "string" ? operation.documentId : typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : undefined;
  const query = typeof operation.query === "string" && operation.query.trim() ? operation.query : undefined;

  if (query !== undefined) {
    if (!isTrustedText(trusted, query)) return new Refusal(NOT_ALLOWED, `${ONLY_TRUSTED}; this query is not one of them. Ad-hoc queries (the IDE's too) are refused here.`);
  } else if (hash !== undefined) {
    const text = trusted.byHash.get(bareHash(hash));
    if (text === undefined) return new Refusal(NOT_FOUND, `${ONLY_TRUSTED}; no document has the hash ${hash}.`);
    operation.query = text;
  } else {
    return undefined; // neither: Apollo answers with its own error (or the landing page)
  }
  delete operation.documentId;
  if (extensions && "persistedQuery" in extensions) delete extensions.persistedQuery;
  return undefined;
}

function refuse(res: Response, refusal: Refusal): void {
  res.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
}

/**
 * Express middleware for the GraphQL route (after the JSON body parser, before Apollo): admits only
 * trusted documents, for POST bodies (single or batched) and GET query strings.
 */
export function trustedDocumentsMiddleware(trusted: TrustedDocuments): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === "GET" || req.method === "HEAD") {
      const url = new URL(req.url, "http://localhost");
      const params = url.searchParams;
      if (!params.has("query") && !params.has("documentId") && !params.has("extensions")) return next();
      const operation: Record<string, unknown> = { query: params.get("query") ?? undefined, documentId: params.get("documentId") ?? undefined };
      const extensionsText = params.get("extensions");
      if (extensionsText) {
        try {
          operation.extensions = JSON.parse(extensionsText);
        } catch {
          return next(); // Apollo reports the malformed parameter
        }
      }
      const refusal = admit(trusted, operation);
      if (refusal) return refuse(res, refusal);
      if (typeof operation.query === "string") params.set("query", operation.query);
      params.delete("documentId");
      if (operation.extensions && typeof operation.extensions === "object") {
        if (Object.keys(operation.extensions).length) params.set("extensions", JSON.stringify(operation.extensions));
        else params.delete("extensions");
      }
      req.url = url.pathname + url.search;
      return next();
    }
    const body = req.body as unknown;
    const operations = Array.isArray(body) ? body : [body];
    for (const operation of operations) {
      if (!operation || typeof operation !== "object") continue;
      const refusal = admit(trusted, operation as Record<string, unknown>);
      if (refusal) return refuse(res, refusal);
    }
    next();
  };
}
