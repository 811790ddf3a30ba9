import { dateBound } from "../modules/common/date-bounds";
import { userInputError } from "../modules/common/user-input-error";
import type { StatementFilter } from "../modules/statement/statement.filter";

/** The export filters, as written on the command line and in the query string. */
export interface StatementExportOptions {
  speaker?: string;
  outlet?: string;
  language?: string;
  /** One kind, or several separated by commas ("DIRECT,PARTIAL"). */
  kind?: string;
  from?: string;
  to?: string;
}

const KINDS = ["DIRECT", "PARTIAL", "INDIRECT"];

/**
 * Turns export options into the `statements` query filter (names match like the API's speakerName
 * and outletName; from/to bound saidOn). Throws BAD_USER_INPUT naming the option for a bad kind or date.
 */
export function statementExportFilter(options: StatementExportOptions): StatementFilter {
  const present = (value: string | undefined) => (value === undefined || value.trim() === "" ? null : value.trim());
  const kinds = present(options.kind)?.split(",").map((k) => k.trim().toUpperCase()).filter(Boolean) ?? null;
  const unknown = kinds?.find((k) => !KINDS.includes(k));
  if (unknown) throw userInputError("kind", `kind must be ${KINDS.join(", ")} or a comma-separated list of them (got ${JSON.stringify(unknown)}).`);
  const from = present(options.from);
  const to = present(options.to);
  if (from) dateBound("from", from, "from");
  if (to) dateBound("to", to, "to");
  return {
    speakerName: present(options.speaker),
    outletName: present(options.outlet),
    language: present(options.language)?.toLowerCase() ?? null,
    kind: kinds,
    saidFrom: from,
    saidTo: to,
  };
}
