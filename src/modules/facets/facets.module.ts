import { FacetsResolver } from "./facets.resolver";

/** Facet counts of statements and deals under the lists' filters. */
export const facetsResolvers = [FacetsResolver] as const;
