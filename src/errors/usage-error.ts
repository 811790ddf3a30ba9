/** A command called the wrong way: runCli prints its message (which carries the usage) and exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
