import fs from "node:fs";
import path from "node:path";
import { UsageError } from "../errors/usage-error";

/**
 * Opens (creates or truncates) the file an `--out` option names, before any work starts, and returns a
 * stream onto it. A path that cannot be written is a UsageError (exit 2) in one sentence saying what to
 * change, never a raw ENOENT, EISDIR or EACCES.
 */
export function openOutput(file: string): fs.WriteStream {
  let fd: number;
  try {
    fd = fs.openSync(file, "w");
  } catch (error) {
    throw new UsageError(outputProblem(file, (error as NodeJS.ErrnoException).code));
  }
  return fs.createWriteStream("", { fd });
}

/** One sentence for a failed open of an output file, by error code. */
function outputProblem(file: string, code: string | undefined): string {
  const folder = path.dirname(path.resolve(file));
  switch (code) {
    case "ENOENT":
      return `--out ${file}: the folder ${folder} does not exist, so create it first or choose another path.`;
    case "EISDIR":
      return `--out ${file} is a folder: give a file name inside it, e.g. --out ${path.join(file, "export.csv")}.`;
    case "ENOTDIR":
      return `--out ${file}: part of that path is a file, not a folder, so choose another path.`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `--out ${file} cannot be written (no permission or a read-only disk): choose a path you can write to.`;
    default:
      return `--out ${file} cannot be opened for writing (${code ?? "unknown reason"}): choose another path.`;
  }
}
