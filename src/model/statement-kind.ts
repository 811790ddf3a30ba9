/** How a statement reports the words: a full quotation, quoted words inside reported speech, or reported speech alone. */
export const StatementKind = { DIRECT: "DIRECT", PARTIAL: "PARTIAL", INDIRECT: "INDIRECT" } as const;
export type StatementKind = (typeof StatementKind)[keyof typeof StatementKind];
