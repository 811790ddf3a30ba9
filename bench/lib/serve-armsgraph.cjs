// Starts the armsgraph GraphQL server on DATABASE_URL (migrations checked, no corpus loading) and
// prints one JSON line { url } once it accepts requests.
require("reflect-metadata");
const { req } = require("./paths.cjs");
const { openDatabase } = req("src/db/data-source");
const { startServer } = req("src/server/create-server");

async function main() {
  const dataSource = await openDatabase({ url: process.env.DATABASE_URL, replicaUrls: [] });
  const server = await startServer({ dataSource, port: Number(process.env.PORT || 0), host: "127.0.0.1", queryStats: process.env.QUERY_STATS === "1", production: process.env.NODE_ENV === "production" });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  const stop = async () => { await server.close(); await dataSource.destroy(); process.exit(0); };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
main().catch((e) => { console.error(e); process.exit(1); });
