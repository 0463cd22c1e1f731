import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_closings_by_method_method" AS ENUM('especes', 'carte', 'cheque', 'virement', 'stripe');
  CREATE TYPE "public"."enum_closings_level" AS ENUM('jour', 'mois', 'annee');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'closeYesterday' BEFORE 'sendQuote';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'closeYesterday' BEFORE 'sendQuote';
  CREATE TABLE "closings_by_method" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"method" "enum_closings_by_method_method" NOT NULL,
  	"amount" numeric NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "closings_by_rate" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rate" numeric NOT NULL,
  	"ht" numeric NOT NULL,
  	"vat" numeric NOT NULL,
  	"ttc" numeric NOT NULL
  );
  
  CREATE TABLE "closings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"level" "enum_closings_level" NOT NULL,
  	"period_key" varchar NOT NULL,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"total_invoiced_ttc" numeric NOT NULL,
  	"total_ht" numeric NOT NULL,
  	"total_vat" numeric NOT NULL,
  	"total_collected" numeric NOT NULL,
  	"perpetual_invoiced_ttc" numeric NOT NULL,
  	"perpetual_collected" numeric NOT NULL,
  	"invoice_count" numeric NOT NULL,
  	"credit_note_count" numeric NOT NULL,
  	"payment_count" numeric NOT NULL,
  	"counter_entry_count" numeric NOT NULL,
  	"closed_at" timestamp(3) with time zone NOT NULL,
  	"closed_by_id" integer,
  	"closed_by_name" varchar,
  	"chain_sequence" numeric,
  	"chain_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "closings_id" integer;
  ALTER TABLE "closings_by_method" ADD CONSTRAINT "closings_by_method_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."closings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "closings_by_rate" ADD CONSTRAINT "closings_by_rate_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."closings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "closings" ADD CONSTRAINT "closings_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "closings_by_method_order_idx" ON "closings_by_method" USING btree ("_order");
  CREATE INDEX "closings_by_method_parent_id_idx" ON "closings_by_method" USING btree ("_parent_id");
  CREATE INDEX "closings_by_rate_order_idx" ON "closings_by_rate" USING btree ("_order");
  CREATE INDEX "closings_by_rate_parent_id_idx" ON "closings_by_rate" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "closings_key_idx" ON "closings" USING btree ("key");
  CREATE INDEX "closings_level_idx" ON "closings" USING btree ("level");
  CREATE INDEX "closings_period_start_idx" ON "closings" USING btree ("period_start");
  CREATE INDEX "closings_closed_by_idx" ON "closings" USING btree ("closed_by_id");
  CREATE INDEX "closings_updated_at_idx" ON "closings" USING btree ("updated_at");
  CREATE INDEX "closings_created_at_idx" ON "closings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_closings_fk" FOREIGN KEY ("closings_id") REFERENCES "public"."closings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_closings_id_idx" ON "payload_locked_documents_rels" USING btree ("closings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "closings_by_method" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "closings_by_rate" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "closings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "closings_by_method" CASCADE;
  DROP TABLE "closings_by_rate" CASCADE;
  DROP TABLE "closings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_closings_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLateFlags', 'sendLowStockAlert', 'sendMail', 'sendInvoice', 'sendQuote');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLateFlags', 'sendLowStockAlert', 'sendMail', 'sendInvoice', 'sendQuote');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_closings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "closings_id";
  DROP TYPE "public"."enum_closings_by_method_method";
  DROP TYPE "public"."enum_closings_level";`)
}
