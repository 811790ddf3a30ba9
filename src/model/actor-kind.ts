/** What an actor is. MEDIA actors are outlets: publishers of articles and relays of statements. */
export const ActorKind = { PERSON: "PERSON", STATE: "STATE", ORGANIZATION: "ORGANIZATION", MEDIA: "MEDIA" } as const;
export type ActorKind = (typeof ActorKind)[keyof typeof ActorKind];
