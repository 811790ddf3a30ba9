/**
 * The import rules that keep the architecture (docs/architecture.md) true.
 * test/architecture.test.ts runs them on every `npm test`; `npx depcruise src --config` shows the same report.
 */
const PURE = "^src/(extract|language|model|knowledge)/";
module.exports = {
  forbidden: [
    {
      name: "extraction-is-pure",
      comment: "Extraction, language data, the model and the knowledge base import no database, TypeORM, GraphQL or server code: `npm run extract` needs none of them.",
      severity: "error",
      from: { path: PURE },
      to: { path: ["^src/(store|db|modules|server|auth|export|cli|inputs)/", "node_modules/(typeorm|type-graphql|graphql|@apollo|pg|better-sqlite3|express|ioredis)/"] },
    },
    {
      name: "language-and-model-are-leaves",
      comment: "Language data and the model are read by everyone and read nobody of the project.",
      severity: "error",
      from: { path: "^src/(language|model)/" },
      to: { path: "^src/(?!language/|model/)" },
    },
    {
      name: "knowledge-does-not-read-extraction",
      comment: "The knowledge base is data the extraction rules read, never the other way round.",
      severity: "error",
      from: { path: "^src/knowledge/" },
      to: { path: "^src/extract/" },
    },
    {
      name: "modules-do-not-import-the-server",
      comment: "The server (HTTP, context, limits, IDE) imports the modules, never the reverse.",
      severity: "error",
      from: { path: "^src/modules/" },
      to: { path: "^src/server/" },
    },
    {
      name: "store-does-not-import-the-api",
      comment: "Storing articles needs entities, not resolvers or the server.",
      severity: "error",
      from: { path: "^src/store/" },
      to: { path: ["^src/server/", "^src/modules/.*\\.(resolver|type|input|filter|order)\\.ts$"] },
    },
    {
      name: "no-circular",
      comment: "A cycle of imports makes load order matter and the layers meaningless.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^dist/" },
  },
};
