import path from "node:path";

export type DatabaseTarget =
  | { engine: "sqlite"; file: string }
  | { engine: "postgres"; url: string };

/** The default store: an embedded SQLite file under `data/`. */
export const DEFAULT_DATABASE_URL = "sqlite:data/armsgraph.sqlite";

/**
 * Reads a database URL: `postgres://…` / `postgresql://…` for PostgreSQL; `sqlite:PATH`,
 * `file:PATH` or a bare path for SQLite (relative paths are relative to the working directory).
 * Throws with the accepted forms when the URL names another engine.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: "postgres", url };
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.*)$/i.exec(url);
  if (sqlite) return { engine: "sqlite", file: resolveFile(sqlite[1]) };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return { engine: "sqlite", file: resolveFile(url) };
  throw new Error(
    `DATABASE_URL "${url.replace(/\/\/[^@/]*@/, "//***@")}" names an engine armsgraph does not support. ` +
      `Use postgres://user@host:5432/db for PostgreSQL, or sqlite:path/to/file.sqlite (the default is ${DEFAULT_DATABASE_URL}).`,
  );
}

function resolveFile(file: string): string {
  if (file === ":memory:") return file;
  if (!file) throw new Error("DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/armsgraph.sqlite");
  return path.resolve(file);
}
