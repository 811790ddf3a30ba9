// The Node options `npm start` runs the server with (package.json "start": `node <options> dist/src/main.js`),
// so that the bench starts armsgraph as it runs in production: a heap setting there changes its memory and CPU.
import fs from "node:fs";
import path from "node:path";

/** The options before dist/src/main.js in the "start" script of the checkout at `root` ([] when it gives none). */
export function serverNodeOptions(root) {
  const start = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts?.start ?? "";
  const match = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/src\/main\.js/.exec(start);
  if (!match) throw new Error(`bench: the "start" script of ${root}/package.json does not run "node [options] dist/src/main.js" (${start}): update bench/lib/server-node-options.mjs to read it.`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}
