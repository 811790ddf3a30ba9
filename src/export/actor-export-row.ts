import type { ExportedActor } from "./statement-export-row";
import { csvField } from "./write-rows";

/** An exported office: the title, its kind, the state or organisation it belongs to, and its dates. */
export interface ExportedRole {
  id: string;
  title: string;
  roleKey: string | null;
  organization: ExportedActor | null;
  startDate: string | null;
  endDate: string | null;
}

/** One exported actor: what identifies it, its spellings in every language, and its offices. */
export interface ActorExportRow {
  /** The actor's API ID. */
  id: string;
  kbId: string | null;
  kind: string;
  name: string;
  wikidataId: string | null;
  country: ExportedActor | null;
  roleText: string | null;
  aliases: { text: string; language: string }[];
  roles: ExportedRole[];
}

const ACTOR_COLUMNS = ["id", "kbId", "kind", "name", "wikidataId", "countryId", "countryName", "roleText"] as const;
const ALIAS_COLUMNS = ["aliasText", "aliasLanguage"] as const;
const ROLE_COLUMNS = ["roleId", "roleTitle", "roleKey", "roleOrganizationId", "roleOrganizationName", "roleStartDate", "roleEndDate"] as const;

/** CSV columns of the actor export: the actor's, then one alias's, then one role's. */
export const ACTOR_CSV_COLUMNS = [...ACTOR_COLUMNS, ...ALIAS_COLUMNS, ...ROLE_COLUMNS] as const;

/**
 * The CSV records of an actor: one per alias (role fields empty), then one per role (alias fields
 * empty), the actor's fields repeated on each; an actor with neither has one record.
 */
export function actorCsvRecords(row: ActorExportRow): string[][] {
  const actor = [row.id, row.kbId, row.kind, row.name, row.wikidataId, row.country?.id, row.country?.name, row.roleText].map(csvField);
  const noAlias = ALIAS_COLUMNS.map(() => "");
  const noRole = ROLE_COLUMNS.map(() => "");
  const records = [
    ...row.aliases.map((a) => [...actor, a.text, a.language, ...noRole]),
    ...row.roles.map((r) => [...actor, ...noAlias, ...[r.id, r.title, r.roleKey, r.organization?.id, r.organization?.name, r.startDate, r.endDate].map(csvField)]),
  ];
  return records.length ? records : [[...actor, ...noAlias, ...noRole]];
}
