import type { MigrationInterface, QueryRunner } from "typeorm";
import { normalizeName } from "../src/language/normalize-name";

interface AliasRow {
  id: number;
  actorId: number;
  text: string;
  normalized: string;
}

/**
 * The stored name keys (`actor_aliases.normalized`) refolded with the one letter fold of
 * src/language (`normalizeName` on `foldLetters`): "й" is no longer folded to "и" ("сергей шойгу",
 * not "сергеи шоигу") and dotless "ı" is "i". An alias whose new key another alias of the same actor
 * already has is the same alias twice and is removed. `down` refolds with the previous key.
 */
export class RefoldNameKeys1763820000001 implements MigrationInterface {
  name = "RefoldNameKeys1763820000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await refold(queryRunner, normalizeName);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await refold(queryRunner, previousNameKey);
  }
}

/** The key `normalizeName` gave before this migration: every combining mark removed after NFKD, "й" included. */
function previousNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/["'“”„‟«»‘’‚‛‹›`]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[‐‑‒–—]/g, "-")
    .trim()
    .replace(/^the /, "");
}

/**
 * Sets every alias's key to `keyOf(text)`. Changed rows first get a placeholder no fold can produce
 * (a quotation mark, which the key drops), so the unique (actorId, normalized) index never sees two
 * rows with one key while keys are swapped around.
 */
async function refold(queryRunner: QueryRunner, keyOf: (text: string) => string): Promise<void> {
  const postgres = queryRunner.connection.driver.options.type === "postgres";
  const mark = (n: number) => (postgres ? `$${n}` : "?");
  const rows: AliasRow[] = await queryRunner.query(`SELECT id, "actorId", text, normalized FROM actor_aliases ORDER BY id`);
  const changed = rows.filter((row) => keyOf(row.text) !== row.normalized);
  if (changed.length === 0) return;
  const keyOfActor = (actorId: number, key: string) => `${actorId}\u0000${key}`;
  const taken = new Set(rows.filter((row) => !changed.includes(row)).map((row) => keyOfActor(row.actorId, row.normalized)));
  for (const row of changed) await queryRunner.query(`UPDATE actor_aliases SET normalized = ${mark(1)} WHERE id = ${mark(2)}`, [`"${row.id}"`, row.id]);
  for (const row of changed) {
    const key = keyOf(row.text);
    if (taken.has(keyOfActor(row.actorId, key))) {
      await queryRunner.query(`DELETE FROM actor_aliases WHERE id = ${mark(1)}`, [row.id]);
      continue;
    }
    taken.add(keyOfActor(row.actorId, key));
    await queryRunner.query(`UPDATE actor_aliases SET normalized = ${mark(1)} WHERE id = ${mark(2)}`, [key, row.id]);
  }
}
