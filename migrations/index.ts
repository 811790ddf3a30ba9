import { InitialSchema1763740000000 } from "./1763740000000-initial-schema";

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [InitialSchema1763740000000];
