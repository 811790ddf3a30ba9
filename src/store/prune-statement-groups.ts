import type { EntityManager } from "typeorm";

/**
 * After statements left the given statement groups: deletes each group left with one member or
 * none (only statements with another report have a row), and renames a group whose id was a
 * removed statement to its smallest remaining statement id. Run it inside the caller's transaction.
 */
export async function pruneStatementGroups(manager: EntityManager, groupIds: readonly number[]): Promise<void> {
  if (!groupIds.length) return;
  const query = (sql: string, parameters: Record<string, unknown>) => {
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
    return manager.query(text, values) as Promise<Record<string, unknown>[]>;
  };
  const groups = await query(
    `SELECT "groupId" AS "groupId", COUNT(*) AS members, MIN("statementId") AS smallest FROM statement_groups WHERE "groupId" IN (:...groupIds) GROUP BY "groupId"`,
    { groupIds: [...new Set(groupIds)] },
  );
  const alone = groups.filter((g) => Number(g.members) < 2).map((g) => Number(g.groupId));
  if (alone.length) await query(`DELETE FROM statement_groups WHERE "groupId" IN (:...alone)`, { alone });
  for (const group of groups) {
    if (Number(group.members) < 2 || Number(group.smallest) === Number(group.groupId)) continue;
    await query(`UPDATE statement_groups SET "groupId" = :smallest WHERE "groupId" = :groupId`, { smallest: Number(group.smallest), groupId: Number(group.groupId) });
  }
}
