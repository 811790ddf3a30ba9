/** Version of the extraction rules; stored with each article so re-extraction can find stale ones. Bump on any rule change. */
export const EXTRACTOR_VERSION = "0.5.0";
