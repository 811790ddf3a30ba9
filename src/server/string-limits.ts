import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  GraphQLID,
  GraphQLString,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { MAX_PAGE_BYTES } from "../inputs/read-input";
import { PerDocumentMemo, operationKey } from "./per-document-memo";
import { visitFieldArguments } from "./visit-field-arguments";

/**
 * The longest value, in characters, each kind of String or ID argument accepts. Every String/ID
 * argument and input field of the schema gets one of these, chosen by its name (see limitFor), so
 * a new argument is covered without code.
 */
export const STRING_LIMITS = {
  /** Names of actors, speakers, outlets, suppliers (`name`, `nameContains`, `…Name`, `outlet`, an alias's `text`). */
  name: 200,
  /** The full-text `search(query:)`. */
  search: 500,
  /** Ids (`ID`): a row id has at most 19 digits; a longer value is not an id. */
  id: 40,
  /** Pagination cursors (`after`). */
  cursor: 200,
  /** A page address (`url`). */
  url: 2_000,
  /** Free text written by curators: a statement's corrected text, evidence excerpts, notes, comments, reasons. */
  text: 10_000,
  /** The page of `ingestArticle(input: { text })`, in UTF-8 bytes: the limit of every page (MAX_PAGE_BYTES, 1 MB), files given to `ingest` included. */
  page: MAX_PAGE_BYTES,
  /** Everything else (language codes, dates, categories, designations, currencies…). */
  other: 200,
} as const;

export type StringLimitKind = keyof typeof STRING_LIMITS;

/**
 * The most words a name or a search may have. Each word of a name filter is matched against every
 * alias of the store (a scan per word on the server's thread with SQLite: 100 one-letter words held it
 * 0.9 s on a 1,000-article store); no name has more than a dozen words, no search needs more than 32.
 */
export const WORD_LIMITS: Partial<Record<StringLimitKind, number>> = { name: 12, search: 32 };

const LONG_TEXT = new Set(["text", "excerpt", "note", "comments", "description", "reason", "valueText"]);

/** The limit of a String/ID argument or input field, from its owner (type or `Type.field`), its name and its type. */
export function limitFor(owner: string, name: string, type: GraphQLInputType): StringLimitKind {
  if (getNamedType(type) === GraphQLID) return "id";
  if (owner === "IngestArticleInput" && name === "text") return "page";
  if (owner === "Mutation.addActorAlias" && name === "text") return "name";
  if (name === "query") return "search";
  if (name === "after" || name === "before") return "cursor";
  if (name === "url") return "url";
  if (name === "name" || name === "nameContains" || name === "outlet" || /Name$/.test(name)) return "name";
  if (LONG_TEXT.has(name)) return "text";
  return "other";
}

/** Every String/ID argument and input field of the schema with its limit (`Query.search(query)`, `StatementFilter.speakerName`…): the table docs/hardening.md shows. */
export function stringLimitTable(schema: GraphQLSchema): { where: string; kind: StringLimitKind; max: number }[] {
  const rows: { where: string; kind: StringLimitKind; max: number }[] = [];
  const isText = (type: GraphQLInputType) => [GraphQLString, GraphQLID].includes(getNamedType(type) as never);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (!isText(arg.type)) continue;
          const kind = limitFor(`${type.name}.${field.name}`, arg.name, arg.type);
          rows.push({ where: `${type.name}.${field.name}(${arg.name})`, kind, max: STRING_LIMITS[kind] });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!isText(field.type)) continue;
        const kind = limitFor(type.name, field.name, field.type);
        rows.push({ where: `${type.name}.${field.name}`, kind, max: STRING_LIMITS[kind] });
      }
    }
  }
  return rows.sort((a, b) => a.where.localeCompare(b.where));
}

/**
 * Refuses, before execution (so before any SQL), an operation whose String or ID argument — inline
 * or from a variable, at any depth of an input object or list — is longer than its limit, has more
 * words than a name or search may (WORD_LIMITS), or holds a NUL character: HTTP 400, BAD_USER_INPUT,
 * naming the argument, its length (or words) and its limit. A document that passed with the same operation
 * name and variables is not walked again (PerDocumentMemo).
 */
export function stringLimitsPlugin(): ApolloServerPlugin {
  const passed = new PerDocumentMemo<true>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, operationName, schema }) {
          if (!operation) return;
          const key = operationKey(request, operationName);
          if (passed.get(document, key)) return;
          visitFieldArguments(schema, document, operation, request.variables, (field, parent, values) => {
            for (const arg of field.args) {
              if (values[arg.name] !== undefined) checkValue(values[arg.name], arg.type, `${parent.name}.${field.name}`, arg.name, arg.name, `${parent.name}.${field.name}`);
            }
          });
          passed.set(document, key, true);
        },
      };
    },
  };
}

function checkValue(value: unknown, type: GraphQLInputType, owner: string, name: string, path: string, field: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, nullable.ofType, owner, name, `${path}[${i}]`, field));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) {
      checkValue((value as Record<string, unknown>)[inner.name], inner.type, nullable.name, inner.name, `${path}.${inner.name}`, field);
    }
    return;
  }
  if (typeof value !== "string" || (nullable !== GraphQLString && nullable !== GraphQLID)) return;
  const kind = limitFor(owner, name, type);
  // A page is bytes: it may hold NULs of a misread UTF-16 file, which its decoding recovers or refuses with its own message.
  if (kind === "page") {
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_PAGE_BYTES) {
      throw badInput(`Argument "${path}" of ${field} is ${bytes.toLocaleString("en")} bytes (UTF-8); the limit for one article is ${MAX_PAGE_BYTES.toLocaleString("en")} bytes (1 MB), the same as for files given to ingest: split the page.`, path, { maxBytes: MAX_PAGE_BYTES, bytes });
    }
    return;
  }
  if (value.includes("\u0000")) {
    throw badInput(`Argument "${path}" of ${field} contains a NUL character (\\u0000), which no value may hold: remove it.`, path);
  }
  const max = STRING_LIMITS[kind];
  if (value.length > max) {
    throw badInput(`Argument "${path}" of ${field} is ${value.length} characters long; the limit is ${max}: send a shorter value.`, path, { maxLength: max, length: value.length });
  }
  const maxWords = WORD_LIMITS[kind];
  const words = maxWords === undefined ? 0 : value.split(/\s+/).filter(Boolean).length;
  if (maxWords !== undefined && words > maxWords) {
    throw badInput(`Argument "${path}" of ${field} has ${words} words; the limit is ${maxWords}: send fewer words.`, path, { maxWords, words });
  }
}

function badInput(message: string, argumentName: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName, ...extra, http: { status: 400 } } });
}
