import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_repair_bonuses_eco_organism" AS ENUM('ecosystem', 'ecologic');
  CREATE TABLE "repair_bonuses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"device_type_id" integer NOT NULL,
  	"amount" numeric NOT NULL,
  	"eco_organism" "enum_repair_bonuses_eco_organism" DEFAULT 'ecosystem' NOT NULL,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "invoices" ADD COLUMN "bonus_rule_id" integer;
  ALTER TABLE "invoices" ADD COLUMN "bonus_amount" numeric DEFAULT 0;
  ALTER TABLE "invoices" ADD COLUMN "bonus_label" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "repair_bonuses_id" integer;
  ALTER TABLE "settings" ADD COLUMN "quali_repar_number" varchar;
  ALTER TABLE "repair_bonuses" ADD CONSTRAINT "repair_bonuses_device_type_id_device_types_id_fk" FOREIGN KEY ("device_type_id") REFERENCES "public"."device_types"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "repair_bonuses_device_type_idx" ON "repair_bonuses" USING btree ("device_type_id");
  CREATE INDEX "repair_bonuses_updated_at_idx" ON "repair_bonuses" USING btree ("updated_at");
  CREATE INDEX "repair_bonuses_created_at_idx" ON "repair_bonuses" USING btree ("created_at");
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_bonus_rule_id_repair_bonuses_id_fk" FOREIGN KEY ("bonus_rule_id") REFERENCES "public"."repair_bonuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repair_bonuses_fk" FOREIGN KEY ("repair_bonuses_id") REFERENCES "public"."repair_bonuses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "invoices_bonus_rule_idx" ON "invoices" USING btree ("bonus_rule_id");
  CREATE INDEX "payload_locked_documents_rels_repair_bonuses_id_idx" ON "payload_locked_documents_rels" USING btree ("repair_bonuses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "repair_bonuses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "repair_bonuses" CASCADE;
  ALTER TABLE "invoices" DROP CONSTRAINT "invoices_bonus_rule_id_repair_bonuses_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_repair_bonuses_fk";
  
  DROP INDEX "invoices_bonus_rule_idx";
  DROP INDEX "payload_locked_documents_rels_repair_bonuses_id_idx";
  ALTER TABLE "invoices" DROP COLUMN "bonus_rule_id";
  ALTER TABLE "invoices" DROP COLUMN "bonus_amount";
  ALTER TABLE "invoices" DROP COLUMN "bonus_label";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "repair_bonuses_id";
  ALTER TABLE "settings" DROP COLUMN "quali_repar_number";
  DROP TYPE "public"."enum_repair_bonuses_eco_organism";`)
}
