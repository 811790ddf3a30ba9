/**
 * Keeps a compiled structure (the knowledge base's name index, the weapon gazetteer's index) between
 * processes, so that a short-lived command does not rebuild it at every start.
 *
 * Promises:
 * - the file is keyed by a hash of everything the structure is made from: the caller's inputs (data
 *   files), the compiled code of src/knowledge and src/language, and the Node and V8 versions; a
 *   change to any of them names another file, so a stale copy is never read;
 * - a file that is missing, truncated or altered (its SHA-1 is checked) is rebuilt and written again;
 * - the file is written to a name of its own and renamed into place, so two processes that race write
 *   the same bytes and a reader never sees half a file;
 * - a cache directory that cannot be written only costs the time of building: the structure is built
 *   and returned as if there were no cache;
 * - writing a new copy removes the copies of the same name left by other inputs more than a week ago.
 *
 * The structure must be plain data (objects, arrays, Maps, Sets, strings, numbers, regular
 * expressions, typed arrays) and instances of the classes the caller lists, whose prototypes are put
 * back after reading; it must not hold functions.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { compiledCacheDirectory } from "../config";

/** The directory compiled caches are kept in: ARMSGRAPH_CACHE_DIR (read by src/config.ts), else `armsgraph-cache` in the system's temporary directory. */
export function compiledCacheDir(): string {
  return compiledCacheDirectory() ?? join(tmpdir(), "armsgraph-cache");
}

export interface CompiledCacheRequest<T> {
  /** Names the file ("knowledge-base"); one name may have several files, one per key. */
  name: string;
  /** Everything the structure is made from besides the code: file names and contents, package versions. */
  inputs: readonly (string | Buffer)[];
  /** The classes whose instances the structure holds. */
  classes: readonly AnyClass[];
  build: () => T;
  /** Defaults to `compiledCacheDir()`. */
  dir?: string;
}

/** Any class: its instances get their prototype back when read. */
type AnyClass = abstract new (...args: never[]) => unknown;

const MAGIC = "armsgraph-compiled 1 ";
const PLAIN_PROTOTYPES = new Set<unknown>([null, Object.prototype, Array.prototype, Map.prototype, Set.prototype, RegExp.prototype, Uint8Array.prototype, Uint16Array.prototype, Uint32Array.prototype, Int32Array.prototype, Float64Array.prototype]);

/** The structure, read from the cache when a valid copy for these inputs is there, else built (and written for the next process). */
export function loadCompiled<T>(request: CompiledCacheRequest<T>): T {
  const dir = request.dir ?? compiledCacheDir();
  const file = join(dir, `${request.name}-${cacheKey(request.inputs)}.bin`);
  const cached = readCompiled<T>(file, request.classes);
  if (cached.found) return cached.value;
  const value = request.build();
  if (writeCompiled(file, value, request.classes)) removeStale(dir, request.name, file);
  return value;
}

/** A copy for other inputs (older code, older data) untouched this long is removed when a new one is written. */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

/** Removes the copies of `name` other than `kept` written more than STALE_AFTER_MS ago: each code change leaves one behind. */
function removeStale(dir: string, name: string, kept: string): void {
  try {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (!entry.startsWith(`${name}-`) || path === kept) continue;
      if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
    }
  } catch {
    // another process removed it first, or the directory is not ours to clean: the copies only cost disk space
  }
}

/** The key of a set of inputs: they, the code that builds from them, and the runtime that serialises. */
function cacheKey(inputs: readonly (string | Buffer)[]): string {
  const hash = createHash("sha256").update(codeVersion()).update(`${process.version}\u0000${process.versions.v8}`);
  for (const input of inputs) hash.update("\u0000").update(input);
  return hash.digest("hex").slice(0, 32);
}

let code: string | undefined;

/** A hash of the compiled code of src/knowledge and src/language (this file's folder and its sibling), read once per process. */
function codeVersion(): string {
  if (code === undefined) {
    const hash = createHash("sha256");
    for (const folder of [__dirname, join(__dirname, "..", "language")]) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".js")).sort()) {
        hash.update(`\u0000${file}\u0000`).update(readFileSync(join(folder, file)));
      }
    }
    code = hash.digest("hex");
  }
  return code;
}

function readCompiled<T>(file: string, classes: readonly AnyClass[]): { found: true; value: T } | { found: false } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { found: false };
  }
  try {
    const newline = bytes.indexOf(10);
    const header = bytes.subarray(0, newline).toString("latin1");
    const payload = bytes.subarray(newline + 1);
    if (newline < 0 || !header.startsWith(MAGIC) || header.slice(MAGIC.length) !== createHash("sha1").update(payload).digest("hex")) return { found: false };
    const { value, instances } = deserialize(payload) as { value: T; instances: [object, number][] };
    for (const [instance, cls] of instances) Object.setPrototypeOf(instance, classes[cls].prototype);
    return { found: true, value };
  } catch {
    return { found: false };
  }
}

/** Writes the structure to `file`; false when the directory cannot be written. */
function writeCompiled(file: string, value: unknown, classes: readonly AnyClass[]): boolean {
  // v8's serialiser keeps shared objects shared, Maps, Sets and typed arrays; it reads the
  // knowledge base's index faster than JSON.parse with a walk that rebuilds them (measured)
  const payload = serialize({ value, instances: instancesIn(value, classes) });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(partial, Buffer.concat([Buffer.from(`${MAGIC}${createHash("sha1").update(payload).digest("hex")}\n`, "latin1"), payload]));
    renameSync(partial, file);
    return true;
  } catch {
    // an unwritable cache directory only costs the time of building again in the next process
    try {
      rmSync(partial, { force: true });
    } catch {
      // the directory does not exist: nothing was written
    }
    return false;
  }
}

/** Every object in `value` that is an instance of one of `classes`, with the class's index; throws on any other class or a function. */
function instancesIn(value: unknown, classes: readonly AnyClass[]): [object, number][] {
  const prototypes = new Map<unknown, number>(classes.map((c, i) => [c.prototype, i]));
  const seen = new Set<object>();
  const found: [object, number][] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "function") throw new Error(`a compiled cache cannot hold the function ${item.name || "(anonymous)"}: keep data, not closures, in the structure`);
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const prototype: unknown = Object.getPrototypeOf(item);
    const cls = prototypes.get(prototype);
    if (cls !== undefined) found.push([item, cls]);
    else if (!PLAIN_PROTOTYPES.has(prototype)) throw new Error(`a compiled cache met an instance of ${(prototype as { constructor?: { name?: string } }).constructor?.name}: list its class in the request's classes`);
    if (ArrayBuffer.isView(item) || item instanceof RegExp) continue;
    if (item instanceof Map) for (const [k, v] of item) stack.push(k, v);
    else if (item instanceof Set) for (const v of item) stack.push(v);
    else for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return found;
}
