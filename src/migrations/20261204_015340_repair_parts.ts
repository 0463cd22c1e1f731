import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "repair_parts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"repair_id" integer NOT NULL,
  	"part_id" integer NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_price" numeric,
  	"vat_rate" numeric,
  	"warranty_months" numeric,
  	"added_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "repairs" ADD COLUMN "parts_total" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "repair_parts_id" integer;
  ALTER TABLE "repair_parts" ADD CONSTRAINT "repair_parts_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_parts" ADD CONSTRAINT "repair_parts_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_parts" ADD CONSTRAINT "repair_parts_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "repair_parts_repair_idx" ON "repair_parts" USING btree ("repair_id");
  CREATE INDEX "repair_parts_part_idx" ON "repair_parts" USING btree ("part_id");
  CREATE INDEX "repair_parts_added_by_idx" ON "repair_parts" USING btree ("added_by_id");
  CREATE INDEX "repair_parts_updated_at_idx" ON "repair_parts" USING btree ("updated_at");
  CREATE INDEX "repair_parts_created_at_idx" ON "repair_parts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repair_parts_fk" FOREIGN KEY ("repair_parts_id") REFERENCES "public"."repair_parts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_repair_parts_id_idx" ON "payload_locked_documents_rels" USING btree ("repair_parts_id");`)
  // The lines of the old « parts » array become documents, dated and signed by the stock
  // movement that took them; warranties granted for a line follow it to its new id.
  await db.execute(sql`
   ALTER TABLE "repair_parts" ADD COLUMN "legacy_line_id" varchar;
  INSERT INTO "repair_parts" ("label", "repair_id", "part_id", "quantity", "unit_price", "vat_rate", "warranty_months", "added_by_id", "created_at", "updated_at", "legacy_line_id")
    SELECT concat(rp."quantity"::int, ' × ', p."name"), rp."_parent_id", rp."part_id", rp."quantity", rp."unit_price", rp."vat_rate", rp."warranty_months",
      m."by_id", coalesce(m."created_at", r."updated_at"), coalesce(m."created_at", r."updated_at"), rp."id"
    FROM "repairs_parts" rp
    JOIN "repairs" r ON r."id" = rp."_parent_id"
    JOIN "parts" p ON p."id" = rp."part_id"
    LEFT JOIN LATERAL (
      SELECT sm."by_id", sm."created_at" FROM "stock_movements" sm
      WHERE sm."repair_id" = rp."_parent_id" AND sm."part_id" = rp."part_id" AND sm."reason" = 'used_on_repair'
      ORDER BY sm."created_at" LIMIT 1
    ) m ON true
    ORDER BY rp."_parent_id", rp."_order";
  UPDATE "warranties" w SET "key" = rp."repair_id" || ':part:' || rp."id"
    FROM "repair_parts" rp WHERE w."key" = rp."repair_id" || ':part:' || rp."legacy_line_id";
  UPDATE "repairs" r SET "parts_total" = coalesce((SELECT sum(l."quantity" * l."unit_price") FROM "repair_parts" l WHERE l."repair_id" = r."id"), 0);
  ALTER TABLE "repair_parts" DROP COLUMN "legacy_line_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "repair_parts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "repair_parts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_repair_parts_fk";
  
  DROP INDEX "payload_locked_documents_rels_repair_parts_id_idx";
  ALTER TABLE "repairs" DROP COLUMN "parts_total";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "repair_parts_id";`)
}
