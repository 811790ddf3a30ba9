import assert from "node:assert/strict";
import type { DataSource } from "typeorm";
import { openDatabase } from "../../src/db/data-source";
import { startServer, type RunningServer, type ServerOptions } from "../../src/server/create-server";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** A GraphQL response as JSON. */
export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, any>;
}

/** A real server on an ephemeral port over a fresh database of the suite's engine. */
export interface TestApi {
  dataSource: DataSource;
  url: string;
  origin: string;
  /** POSTs an operation as JSON and returns the parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POSTs an operation and returns its data, failing the test when the response carries errors. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Opens a fresh database, lets `seed` fill it, and starts the HTTP server on port 0 (SQL stats in extensions, no rate limit). */
export async function startTestApi(seed: (ds: DataSource) => Promise<void>, options: Partial<Omit<ServerOptions, "dataSource">> = {}): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase("api", { migrated: true });
  const dataSource = await openDatabase({ url: database.url });
  let server: RunningServer | undefined;
  try {
    await seed(dataSource);
    server = await startServer({ dataSource, port: 0, queryStats: true, rateLimit: false, ...options });
  } catch (error) {
    await dataSource.destroy();
    await database.drop();
    throw error;
  }
  const { url } = server;
  const query = async (document: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: document, variables }) });
    return (await response.json()) as GraphQLResponse;
  };
  return {
    dataSource,
    url,
    origin: new URL(url).origin,
    query,
    async data(document, variables) {
      const res = await query(document, variables);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      return res.data;
    },
    async close() {
      await server!.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
