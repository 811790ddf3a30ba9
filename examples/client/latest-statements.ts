/**
 * Example typed client: prints the latest statements (speaker, date, outlet) and one actor's statements.
 *
 *   npm run build && node dist/examples/client/latest-statements.js [--url URL] [--actor NAME] [--first N] [--persisted]
 *
 * URL defaults to $GRAPHQL_URL or http://localhost:4000/graphql; NAME (any script: "Aliyev", "Алиев")
 * defaults to Aliyev. The documents are the TypedDocumentNodes `npm run codegen` generates from
 * examples/client/operations.graphql, sent with plain fetch: by default as text (graphql's `print`),
 * with --persisted as their hash only (extensions.persistedQuery.sha256Hash), which a server started
 * with TRUSTED_DOCUMENTS=examples/client/gql/persisted-documents.json resolves from its manifest.
 */
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { ActorStatementsDocument, LatestStatementsDocument } from "./gql/graphql";

export interface ClientOptions {
  /** The GraphQL endpoint. */
  url: string;
  /** Send the document's hash instead of its text. */
  persisted?: boolean;
}

/** A GraphQL error answer, with the server's error codes. */
export class GraphQLRequestError extends Error {
  constructor(message: string, readonly codes: string[], readonly status: number) {
    super(message);
  }
}

/** The codegen hash of a generated document ("sha256:…"), from its `__meta__`. */
export function documentHash(document: TypedDocumentNode<any, any>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error("the document has no persisted hash: run `npm run codegen`");
  return hash;
}

/** Runs one generated operation and returns its typed data; throws on GraphQL or HTTP errors. */
export async function execute<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: ClientOptions,
): Promise<TResult> {
  const body = options.persisted
    ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(document).replace(/^sha256:/, "") } } }
    : { query: print(document), variables };
  const response = await fetch(options.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  if (json.errors?.length || json.data == null) {
    const errors = json.errors ?? [{ message: `HTTP ${response.status} without data` }];
    throw new GraphQLRequestError(errors.map((e) => e.message).join("; "), errors.map((e) => e.extensions?.code ?? ""), response.status);
  }
  return json.data;
}

/** One statement as a printed line: date, speaker or outlet, text. */
function line(date: string | null, who: string, text: string): string {
  return `  ${(date ?? "undated").padEnd(10)}  ${who}: ${text}`;
}

/** Fetches and formats the report: the latest `first` statements, then `actor`'s statements. */
export async function report(options: ClientOptions & { actor: string; first: number }): Promise<string[]> {
  const out: string[] = [];
  const latest = await execute(LatestStatementsDocument, { first: options.first }, options);
  out.push(`Latest statements (${latest.statements.totalCount} in all):`);
  for (const { node } of latest.statements.edges) {
    const speaker = node.speaker?.name ?? (node.speakerLabel ? `"${node.speakerLabel}"` : "unknown speaker");
    out.push(line(node.saidOn, `${speaker} (${node.outlet?.name ?? "no outlet"})`, node.text));
  }

  const found = await execute(ActorStatementsDocument, { name: options.actor, first: options.first }, options);
  const actor = found.actors.edges[0]?.node;
  if (!actor) {
    out.push(`No actor named "${options.actor}".`);
    return out;
  }
  out.push(`Statements by ${actor.name} (${actor.statements.totalCount} in all):`);
  for (const { node } of actor.statements.edges) out.push(line(node.saidOn, node.outlet?.name ?? "no outlet", node.text));
  return out;
}

/** Reads `--name value` pairs and flags. */
function parseArgs(argv: string[]): { url: string; actor: string; first: number; persisted: boolean } {
  const options = { url: process.env.GRAPHQL_URL ?? "http://localhost:4000/graphql", actor: "Aliyev", first: 10, persisted: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--url") options.url = value();
    else if (arg === "--actor") options.actor = value();
    else if (arg === "--first") options.first = Number(value());
    else if (arg === "--persisted") options.persisted = true;
    else throw new Error(`unknown option ${arg} (use --url URL, --actor NAME, --first N, --persisted)`);
  }
  if (!Number.isInteger(options.first) || options.first < 0 || options.first > 100) throw new Error("--first must be 0 to 100");
  return options;
}

if (require.main === module) {
  (async () => {
    const lines = await report(parseArgs(process.argv.slice(2)));
    process.stdout.write(lines.join("\n") + "\n");
  })().catch((error: Error) => {
    const codes = error instanceof GraphQLRequestError ? ` [${error.codes.join(", ")}]` : "";
    console.error(`latest-statements: ${error.message}${codes}`);
    process.exitCode = 1;
  });
}
