import { ActorCurationResolver } from "./actor-curation.resolver";
import { ActorDealsResolver } from "./actor-deals.resolver";
import { ActorRoleResolver } from "./actor-role.resolver";
import { ActorResolver } from "./actor.resolver";

/** Actors: the actor directory, aliases, offices, deals by party, and the curation mutations on actors. */
export const actorResolvers = [ActorCurationResolver, ActorDealsResolver, ActorRoleResolver, ActorResolver] as const;
