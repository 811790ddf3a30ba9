/** Raised for input that cannot be an article; the message says what is wrong and what to do. */
export class InputError extends Error {
  override name = "InputError";
}
