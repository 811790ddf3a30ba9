import { SameUtteranceResolver } from "./same-utterance.resolver";
import { StatementCurationResolver } from "./statement-curation.resolver";
import { StatementResolver } from "./statement.resolver";

/** Statements: the statement feed, reports of the same words, and the curation mutations on statements. */
export const statementResolvers = [SameUtteranceResolver, StatementCurationResolver, StatementResolver] as const;
