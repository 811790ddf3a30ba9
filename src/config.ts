import path from "node:path";

/** Settings read from the environment, with the defaults `npm start` uses. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the bundled corpus loaded at start (with its manifest.json). */
  corpusDir: string;
}

/** Reads PORT, HOST and CORPUS_DIR; throws with the accepted values when PORT is not a port number. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === "" ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env.PORT}" is not a port number (0-65535).`);
  return {
    port,
    host: env.HOST || "0.0.0.0",
    corpusDir: path.resolve(env.CORPUS_DIR || path.join(__dirname, "..", "..", "data", "corpus")),
  };
}
