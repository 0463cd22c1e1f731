import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "assignee_status_priorityRank_idx" ON "repairs" USING btree ("assignee_id","status","priority_rank");
  CREATE INDEX "customer_createdAt_idx" ON "repairs" USING btree ("customer_id","created_at");
  CREATE INDEX "device_createdAt_idx" ON "repairs" USING btree ("device_id","created_at");
  CREATE INDEX "late_promisedAt_idx" ON "repairs" USING btree ("late","promised_at");
  CREATE INDEX "repair_createdAt_idx" ON "repair_parts" USING btree ("repair_id","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "assignee_status_priorityRank_idx";
  DROP INDEX "customer_createdAt_idx";
  DROP INDEX "device_createdAt_idx";
  DROP INDEX "late_promisedAt_idx";
  DROP INDEX "repair_createdAt_idx";`)
}
