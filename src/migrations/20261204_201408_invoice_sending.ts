import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_invoices_send_status" AS ENUM('en_file', 'envoyee', 'echec');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendInvoice';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendInvoice';
  ALTER TABLE "invoices" ADD COLUMN "send_status" "enum_invoices_send_status";
  ALTER TABLE "invoices" ADD COLUMN "sent_to" varchar;
  ALTER TABLE "invoices" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "invoices" ADD COLUMN "send_error" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLateFlags', 'sendLowStockAlert', 'sendMail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLateFlags', 'sendLowStockAlert', 'sendMail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "invoices" DROP COLUMN "send_status";
  ALTER TABLE "invoices" DROP COLUMN "sent_to";
  ALTER TABLE "invoices" DROP COLUMN "sent_at";
  ALTER TABLE "invoices" DROP COLUMN "send_error";
  DROP TYPE "public"."enum_invoices_send_status";`)
}
