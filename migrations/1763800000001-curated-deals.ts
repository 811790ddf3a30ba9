import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";

/**
 * `deals.curated` and `deal_evidence.curated`: set when a person created or edited the row through a
 * curation mutation, so re-extraction never deletes or changes it. Existing rows are marked from the
 * audit log (createDeal / updateDeal entries name the deal, addDealEvidence entries carry the evidence id).
 */
export class CuratedDeals1763800000001 implements MigrationInterface {
  name = "CuratedDeals1763800000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("deals", new TableColumn({ name: "curated", type: "boolean", isNullable: false, default: false }));
    await queryRunner.addColumn("deal_evidence", new TableColumn({ name: "curated", type: "boolean", isNullable: false, default: false }));
    const entries: { action: string; entityId: number; after: string | null }[] = await queryRunner.query(
      `SELECT "action", "entityId", "after" FROM "audit_log" WHERE "entityType" = 'Deal' AND "action" IN ('createDeal', 'updateDeal', 'addDealEvidence')`,
    );
    const deals = [...new Set(entries.filter((e) => e.action !== "addDealEvidence").map((e) => Number(e.entityId)))];
    const evidence = entries.filter((e) => e.action === "addDealEvidence" && e.after !== null)
      .map((e) => Number((JSON.parse(e.after!) as { evidence?: { id?: unknown } }).evidence?.id))
      .filter((id) => Number.isInteger(id));
    for (const [table, ids] of [["deals", deals], ["deal_evidence", evidence]] as const) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await queryRunner.query(`UPDATE "${table}" SET "curated" = true WHERE "id" IN (${chunk.map(Number).join(", ")})`);
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("deal_evidence", "curated");
    await queryRunner.dropColumn("deals", "curated");
  }
}
