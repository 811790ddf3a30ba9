import path from "node:path";

/** The compiled project root (dist/): tests run from dist/test, CLIs from dist/src/cli. */
export const distRoot = path.resolve(__dirname, "..", "..");

/** The repository root: data/, test fixtures, schema.graphql, README.md. */
export const repoRoot = path.resolve(distRoot, "..");
