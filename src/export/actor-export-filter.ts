import { ActorKind } from "../model/actor-kind";
import type { ActorFilter } from "../modules/actor/actor.filter";
import { listOption, presentOption } from "./export-options";

/** The actor export's filters, as written on the command line and in the query string. */
export interface ActorExportOptions {
  /** One kind, or several separated by commas ("PERSON,STATE"). */
  kind?: string;
  /** A name in any script, matched like the `actors` query's `name` filter. */
  name?: string;
}

/** Turns export options into the `actors` query filter. Throws BAD_USER_INPUT naming the option for a bad kind. */
export function actorExportFilter(options: ActorExportOptions): ActorFilter {
  return { kind: listOption("kind", options.kind, Object.values(ActorKind)), name: presentOption(options.name) };
}
