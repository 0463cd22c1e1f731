import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_quotes_lines_kind" AS ENUM('labour', 'part', 'free');
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('brouillon', 'envoye', 'accepte', 'refuse', 'expire');
  CREATE TYPE "public"."enum_quotes_send_status" AS ENUM('en_file', 'envoyee', 'echec', 'sans_email');
  CREATE TYPE "public"."enum_quotes_decision_channel" AS ENUM('portail', 'comptoir');
  ALTER TYPE "public"."enum_repair_events_type" ADD VALUE 'quote';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendQuote';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendQuote';
  CREATE TABLE "quotes_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_quotes_lines_kind" DEFAULT 'labour' NOT NULL,
  	"description" varchar NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_price" numeric NOT NULL,
  	"vat_rate" numeric,
  	"total_ttc" numeric DEFAULT 0,
  	"total_ht" numeric,
  	"total_vat" numeric,
  	"source_line" varchar
  );
  
  CREATE TABLE "quotes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"number" varchar,
  	"version" numeric DEFAULT 1,
  	"status" "enum_quotes_status" DEFAULT 'brouillon' NOT NULL,
  	"repair_id" integer NOT NULL,
  	"customer_id" integer,
  	"supersedes_id" integer,
  	"total_ht" numeric DEFAULT 0,
  	"total_vat" numeric DEFAULT 0,
  	"total_ttc" numeric DEFAULT 0,
  	"vat_breakdown" jsonb,
  	"valid_until" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"send_status" "enum_quotes_send_status",
  	"sent_to" varchar,
  	"send_error" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_customer_id" integer,
  	"decided_by_staff_id" integer,
  	"decision_channel" "enum_quotes_decision_channel",
  	"decline_reason" varchar,
  	"superseded" boolean DEFAULT false,
  	"customer_name" varchar,
  	"repair_reference" varchar,
  	"customer_snapshot" jsonb,
  	"seller_snapshot" jsonb,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quotes_id" integer;
  ALTER TABLE "quotes_lines" ADD CONSTRAINT "quotes_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_supersedes_id_quotes_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_decided_by_customer_id_customers_id_fk" FOREIGN KEY ("decided_by_customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_decided_by_staff_id_users_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "quotes_lines_order_idx" ON "quotes_lines" USING btree ("_order");
  CREATE INDEX "quotes_lines_parent_id_idx" ON "quotes_lines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "quotes_number_idx" ON "quotes" USING btree ("number");
  CREATE INDEX "quotes_status_idx" ON "quotes" USING btree ("status");
  CREATE INDEX "quotes_repair_idx" ON "quotes" USING btree ("repair_id");
  CREATE INDEX "quotes_customer_idx" ON "quotes" USING btree ("customer_id");
  CREATE INDEX "quotes_supersedes_idx" ON "quotes" USING btree ("supersedes_id");
  CREATE INDEX "quotes_decided_by_customer_idx" ON "quotes" USING btree ("decided_by_customer_id");
  CREATE INDEX "quotes_decided_by_staff_idx" ON "quotes" USING btree ("decided_by_staff_id");
  CREATE INDEX "quotes_superseded_idx" ON "quotes" USING btree ("superseded");
  CREATE INDEX "quotes_customer_name_idx" ON "quotes" USING btree ("customer_name");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  -- The counter bills and takes the payment at hand-back: the default receptionist role gets
  -- invoices (no deletion), payments (read, record) and the issuing capability.
  UPDATE "roles" SET "permissions_invoices_read" = true, "permissions_invoices_create" = true,
    "permissions_invoices_update" = true, "permissions_payments_read" = true,
    "permissions_payments_create" = true WHERE "code" = 'receptionist';
  INSERT INTO "roles_capabilities" ("order", "parent_id", "value")
    SELECT coalesce((SELECT max("order") FROM "roles_capabilities" c WHERE c."parent_id" = r."id"), 0) + 1,
      r."id", 'invoices.issue'
    FROM "roles" r WHERE r."code" = 'receptionist'
      AND NOT EXISTS (SELECT 1 FROM "roles_capabilities" c WHERE c."parent_id" = r."id" AND c."value" = 'invoices.issue');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "roles_capabilities" WHERE "value" = 'invoices.issue'
    AND "parent_id" IN (SELECT "id" FROM "roles" WHERE "code" = 'receptionist');
  UPDATE "roles" SET "permissions_invoices_read" = false, "permissions_invoices_create" = false,
    "permissions_invoices_update" = false, "permissions_payments_read" = false,
    "permissions_payments_create" = false WHERE "code" = 'receptionist';
  ALTER TABLE "quotes_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "quotes_lines" CASCADE;
  DROP TABLE "quotes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quotes_fk";
  
  ALTER TABLE "repair_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_repair_events_type";
  CREATE TYPE "public"."enum_repair_events_type" AS ENUM('created', 'status', 'assignment', 'parts_wait', 'parts_resume', 'note', 'part_used', 'part_returned');
  ALTER TABLE "repair_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_repair_events_type" USING "type"::"public"."enum_repair_events_type";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLateFlags', 'sendLowStockAlert', 'sendMail', 'sendInvoice');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLateFlags', 'sendLowStockAlert', 'sendMail', 'sendInvoice');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_quotes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quotes_id";
  DROP TYPE "public"."enum_quotes_lines_kind";
  DROP TYPE "public"."enum_quotes_status";
  DROP TYPE "public"."enum_quotes_send_status";
  DROP TYPE "public"."enum_quotes_decision_channel";`)
}
