import type { DataSource } from "typeorm";
import { createApiKey } from "../../src/auth/api-keys";
import { openDatabase } from "../../src/db/data-source";
import { startServer, type RunningServer } from "../../src/server/create-server";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** A GraphQL response as JSON, with the HTTP status. */
export interface ApiResponse {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** The real server on an ephemeral port over a fresh database, with an editor, a reader and a revoked key. */
export interface ResearchApi {
  dataSource: DataSource;
  origin: string;
  keys: { editor: string; reader: string; revoked: string; editorId: number };
  /** POSTs an operation, with `Authorization: Bearer key` when a key is given. */
  graphql(query: string, variables?: Record<string, unknown>, key?: string): Promise<ApiResponse>;
  close(): Promise<void>;
}

/** Opens a fresh database, lets `seed` fill it, creates the keys and starts the server. */
export async function startResearchApi(seed: (ds: DataSource) => Promise<void> = async () => {}): Promise<ResearchApi> {
  const database: TestDatabase = await createTestDatabase("research", { migrated: true });
  const dataSource = await openDatabase({ url: database.url });
  let server: RunningServer;
  try {
    await seed(dataSource);
    server = await startServer({ dataSource, port: 0 });
  } catch (error) {
    await dataSource.destroy();
    await database.drop();
    throw error;
  }
  const editor = await createApiKey(dataSource, { role: "editor", name: "Ed Itor" });
  const reader = await createApiKey(dataSource, { role: "reader", name: "Rea Der" });
  const revoked = await createApiKey(dataSource, { role: "editor", name: "Gone" });
  await dataSource.query(`UPDATE api_keys SET "revokedAt" = '2026-01-01T00:00:00.000Z' WHERE id = ${revoked.id}`);
  return {
    dataSource,
    origin: new URL(server.url).origin,
    keys: { editor: editor.key, reader: reader.key, revoked: revoked.key, editorId: editor.id },
    async graphql(query, variables, key) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (key) headers.authorization = `Bearer ${key}`;
      const response = await fetch(server.url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
