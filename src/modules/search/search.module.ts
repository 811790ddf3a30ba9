import { SearchResolver } from "./search.resolver";

/** Full-text search across statements, articles, actors and deals. */
export const searchResolvers = [SearchResolver] as const;
