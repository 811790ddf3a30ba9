import { execFile } from "node:child_process";
import path from "node:path";
import { distRoot } from "../../support/paths";

/** The compiled example client. */
export const exampleClient = path.join(distRoot, "examples", "client", "latest-statements.js");

/**
 * Runs the example client as its own process (asynchronously: the server answering it lives in this
 * process) and returns what it printed and its exit code.
 */
export function runExampleClient(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [exampleClient, ...args], { encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? (typeof error.code === "number" ? error.code : 1) : 0 });
    });
  });
}
