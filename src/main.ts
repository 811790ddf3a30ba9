import "reflect-metadata";
import fs from "node:fs";
import { readConfig } from "./config";
import { connectDatabase, openDatabase } from "./db/data-source";
import { parseDatabaseUrl } from "./db/database-url";
import { collectArticleFiles } from "./inputs/collect-files";
import { ingestFiles } from "./store/ingest-files";
import { loadPipelineResources } from "./extract/pipeline";
import { syncKnowledgeBase } from "./store/sync-knowledge-base";
import { startServer } from "./server/create-server";

/** `npm start`: migrate the store, sync the knowledge base, load the bundled corpus if needed, serve GraphQL. */
async function main(): Promise<void> {
  const config = readConfig();
  const target = parseDatabaseUrl(config.databaseUrl);
  console.log(`armsgraph: store ${target.engine === "sqlite" ? target.file : target.url.replace(/\/\/[^@/]*@/, "//***@")}`);
  const startup = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  const resources = loadPipelineResources();
  const synced = await syncKnowledgeBase(startup, resources.kb);
  console.log(`armsgraph: knowledge base ${resources.kb.actors.length} actors (${synced.inserted} new, ${synced.updated} updated)`);

  if (fs.existsSync(config.corpusDir)) {
    const files = collectArticleFiles([config.corpusDir]);
    const summary = await ingestFiles(startup, files, resources, undefined, { threads: config.ingestThreads });
    const failed = summary.failed.map((f) => `\n  failed: ${f.file}: ${f.reason}`).join("");
    console.log(`armsgraph: bundled corpus ${summary.added} added, ${summary.duplicates} already loaded${failed}`);
  }

  // Start-up work (migrations, which wait for other processes, the knowledge base, the corpus) ran without a
  // statement timeout; on PostgreSQL the API's own connections carry the request budget as one.
  let dataSource = startup;
  if (target.engine === "postgres" && config.requestTimeoutMs) {
    await startup.destroy();
    dataSource = await connectDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls, statementTimeoutMs: config.requestTimeoutMs });
  }

  const server = await startServer({
    dataSource,
    requestTimeoutMs: config.requestTimeoutMs,
    port: config.port,
    host: config.host,
    queryStats: config.queryStats,
    rateLimit: config.rateLimit,
    redisUrl: config.redisUrl,
    trustedDocuments: config.trustedDocuments,
    corsOrigins: config.corsOrigins,
    readsRequireKey: config.readsRequireKey,
    production: config.production,
    development: config.development,
  });
  console.log(`armsgraph: GraphQL API and IDE at ${server.url} (Ctrl-C to stop)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`armsgraph: ${signal}, finishing requests in flight…`);
    await server.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  console.error(`armsgraph could not start: ${(error as Error).message}`);
  process.exit(1);
});
