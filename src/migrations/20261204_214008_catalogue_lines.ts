import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quotes_lines" ALTER COLUMN "description" DROP NOT NULL;
  ALTER TABLE "quotes_lines" ALTER COLUMN "unit_price" DROP NOT NULL;
  ALTER TABLE "invoices_lines" ALTER COLUMN "description" DROP NOT NULL;
  ALTER TABLE "invoices_lines" ALTER COLUMN "unit_price" DROP NOT NULL;
  ALTER TABLE "quotes_lines" ADD COLUMN "part_id" integer;
  ALTER TABLE "invoices_lines" ADD COLUMN "part_id" integer;
  ALTER TABLE "quotes_lines" ADD CONSTRAINT "quotes_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices_lines" ADD CONSTRAINT "invoices_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "quotes_lines_part_idx" ON "quotes_lines" USING btree ("part_id");
  CREATE INDEX "invoices_lines_part_idx" ON "invoices_lines" USING btree ("part_id");
  -- The counter quotes catalogue parts: the default receptionist role reads the stock.
  UPDATE "roles" SET "permissions_stock_read" = true WHERE "code" = 'receptionist';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   UPDATE "roles" SET "permissions_stock_read" = false WHERE "code" = 'receptionist';
  ALTER TABLE "quotes_lines" DROP CONSTRAINT "quotes_lines_part_id_parts_id_fk";
  
  ALTER TABLE "invoices_lines" DROP CONSTRAINT "invoices_lines_part_id_parts_id_fk";
  
  DROP INDEX "quotes_lines_part_idx";
  DROP INDEX "invoices_lines_part_idx";
  ALTER TABLE "quotes_lines" ALTER COLUMN "description" SET NOT NULL;
  ALTER TABLE "quotes_lines" ALTER COLUMN "unit_price" SET NOT NULL;
  ALTER TABLE "invoices_lines" ALTER COLUMN "description" SET NOT NULL;
  ALTER TABLE "invoices_lines" ALTER COLUMN "unit_price" SET NOT NULL;
  ALTER TABLE "quotes_lines" DROP COLUMN "part_id";
  ALTER TABLE "invoices_lines" DROP COLUMN "part_id";`)
}
