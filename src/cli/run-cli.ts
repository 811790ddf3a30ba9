import { parseArgs, type ParseArgsConfig } from "node:util";
import { readConfig, type Config } from "../config";
import { ConfigError } from "../errors/config-error";
import { UsageError } from "../errors/usage-error";

/**
 * Reads the configuration once and runs a command's main function with it: its resolved number becomes
 * the exit code, a UsageError or a ConfigError is printed as it is with exit code 2, and an unexpected
 * error is printed as "<command>: <message>" with exit code 1 (no stack trace for the user). The process
 * exits as soon as its event loop is empty.
 */
export function runCli(command: string, main: (config: Config) => Promise<number> | number): void {
  // once nothing is left to run (output written, connections closed), exit without tearing the heap
  // down: freeing one that holds the knowledge base cost `extract` ~35 ms of CPU on a single page
  process.once("beforeExit", () => process.exit());
  Promise.resolve()
    .then(() => main(readConfig()))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        if (error instanceof UsageError || error instanceof ConfigError) {
          console.error(error.message);
          process.exitCode = 2;
          return;
        }
        console.error(`${command}: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
}


/** node:util's parseArgs, where an unknown or malformed option is a UsageError: one sentence, then the usage. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const unknown = code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec(message)?.[1] : undefined;
    throw new UsageError(`${unknown ? `Unknown option ${unknown}: use one of the options below.` : message}\n${usage}`);
  }
}
