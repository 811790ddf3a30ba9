/** An environment variable with a value armsgraph cannot use; the message names it, the value and what is accepted. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
