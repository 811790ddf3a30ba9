/**
 * The archive's date for a page: some saved pages open with " date YYYY-MM-DD " before the text.
 * That prefix is the archive's own header, like `article:published_time:`, never body text.
 */

const ARCHIVE_DATE = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n)/u;

/** The page without its leading archive date, and that date as a labelled header line ("date: 2024-05-24"). */
export function splitArchiveDate(raw: string): { text: string; header: string | null } {
  const m = ARCHIVE_DATE.exec(raw);
  if (!m) return { text: raw, header: null };
  return { text: raw.slice(m[0].length), header: `date: ${m[1]}` };
}
