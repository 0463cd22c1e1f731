import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "repairs_parts" CASCADE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "repairs_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"part_id" integer NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_price" numeric,
  	"vat_rate" numeric,
  	"warranty_months" numeric
  );
  
  ALTER TABLE "repairs_parts" ADD CONSTRAINT "repairs_parts_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repairs_parts" ADD CONSTRAINT "repairs_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."repairs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "repairs_parts_order_idx" ON "repairs_parts" USING btree ("_order");
  CREATE INDEX "repairs_parts_parent_id_idx" ON "repairs_parts" USING btree ("_parent_id");
  CREATE INDEX "repairs_parts_part_idx" ON "repairs_parts" USING btree ("part_id");`)
}
