// PostGraphile v5 (amber preset) over the same PostgreSQL schema, on node:http. Prints one JSON
// line { url } when listening. Usage: DATABASE_URL=postgres://… node serve-postgraphile.mjs
// PostGraphile 5 declares Node >= 22. On Node 20 the one missing piece met here is
// Promise.withResolvers (grafast and @dataplan/pg call it), so it is polyfilled before loading.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}
const { default: http } = await import("node:http");
const { postgraphile } = await import("postgraphile");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: "/graphql", watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server).then(() => {
  server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/graphql` })}\n`);
  });
}, (error) => {
  console.error(error);
  process.exit(1);
});
process.on("SIGTERM", async () => {
  server.close();
  await pgl.release();
  process.exit(0);
});
