/**
 * A SQL condition `expression IN (:...parameter)` with its parameters; an empty list gives a
 * condition that matches nothing (both engines reject `IN ()`).
 */
export function inList(expression: string, parameter: string, values: readonly (string | number)[]): [string, Record<string, unknown>] {
  if (!values.length) return ["1 = 0", {}];
  return [`${expression} IN (:...${parameter})`, { [parameter]: values }];
}
