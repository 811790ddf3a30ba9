/**
 * Has V8 compile each regular expression to machine code at its first use. By default V8 first compiles
 * a pattern to bytecode for its interpreter and compiles it again to machine code at its second use
 * ("tier-up"). The extraction rules hold some hundreds of Unicode-aware patterns (`\p{L}` classes,
 * look-behinds), most of them run a few times per page, so one page paid for both compilations of each:
 * about 0.25 s of the 0.95 s of CPU `extract` took on one page. A warm process runs machine code either way.
 *
 * Promises: the setting is process-wide (worker threads included) and changes no match, only when
 * patterns are compiled.
 */
import { setFlagsFromString } from "node:v8";

export function compileRegExpsOnFirstUse(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
