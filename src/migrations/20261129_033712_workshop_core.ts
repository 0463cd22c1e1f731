import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_repairs_notes_visibility" AS ENUM('interne', 'client');
  CREATE TYPE "public"."enum_repairs_status" AS ENUM('en_attente', 'en_cours', 'termine', 'restitue', 'annule');
  CREATE TYPE "public"."enum_repairs_step" AS ENUM('diagnostic', 'intervention', 'test');
  CREATE TYPE "public"."enum_repairs_priority" AS ENUM('urgente', 'haute', 'normale', 'basse');
  CREATE TYPE "public"."enum_repair_events_type" AS ENUM('created', 'status', 'assignment', 'parts_wait', 'parts_resume', 'note');
  CREATE TYPE "public"."enum_users_availability_day" AS ENUM('1', '2', '3', '4', '5', '6', '7');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLateFlags');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLateFlags');
  CREATE TABLE "devices_technical_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "devices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"customer_id" integer NOT NULL,
  	"type_id" integer,
  	"brand" varchar NOT NULL,
  	"model" varchar NOT NULL,
  	"serial_number" varchar,
  	"imei" varchar,
  	"color" varchar,
  	"problem_description" varchar,
  	"condition_scratches" boolean,
  	"condition_cracks" boolean,
  	"condition_missing_parts" varchar,
  	"condition_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "devices_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "devices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "repairs_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" jsonb NOT NULL,
  	"visibility" "enum_repairs_notes_visibility" DEFAULT 'interne' NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "repairs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"late" boolean DEFAULT false,
  	"late_reasons" varchar,
  	"device_id" integer NOT NULL,
  	"customer_id" integer,
  	"reported_problem" varchar NOT NULL,
  	"status" "enum_repairs_status" DEFAULT 'en_attente' NOT NULL,
  	"step" "enum_repairs_step",
  	"waiting_for_parts" boolean DEFAULT false,
  	"priority" "enum_repairs_priority" DEFAULT 'normale',
  	"promised_at" timestamp(3) with time zone,
  	"assignee_id" integer,
  	"estimated_price" numeric,
  	"priority_rank" numeric,
  	"stage_started_at" timestamp(3) with time zone,
  	"status_changed_at" timestamp(3) with time zone,
  	"status_changed_by_id" integer,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"handed_back_at" timestamp(3) with time zone,
  	"pause_started_at" timestamp(3) with time zone,
  	"paused_seconds" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "repair_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"repair_id" integer NOT NULL,
  	"device_id" integer,
  	"customer_id" integer,
  	"type" "enum_repair_events_type" NOT NULL,
  	"from_status" varchar,
  	"from_step" varchar,
  	"to_status" varchar,
  	"to_step" varchar,
  	"message" varchar NOT NULL,
  	"visible_to_customer" boolean DEFAULT false,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_availability" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_users_availability_day" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "users_absences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"skills_id" integer
  );
  
  CREATE TABLE "skills" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"skill_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "is_technician" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "capacity" numeric DEFAULT 5;
  ALTER TABLE "customers" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "devices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "repairs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "repair_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "skills_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "device_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counters_id" integer;
  ALTER TABLE "devices_technical_notes" ADD CONSTRAINT "devices_technical_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "devices_technical_notes" ADD CONSTRAINT "devices_technical_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "devices" ADD CONSTRAINT "devices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "devices" ADD CONSTRAINT "devices_type_id_device_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."device_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "devices_texts" ADD CONSTRAINT "devices_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "devices_rels" ADD CONSTRAINT "devices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "devices_rels" ADD CONSTRAINT "devices_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repairs_notes" ADD CONSTRAINT "repairs_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repairs_notes" ADD CONSTRAINT "repairs_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."repairs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repairs" ADD CONSTRAINT "repairs_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repairs" ADD CONSTRAINT "repairs_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repairs" ADD CONSTRAINT "repairs_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repairs" ADD CONSTRAINT "repairs_status_changed_by_id_users_id_fk" FOREIGN KEY ("status_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_events" ADD CONSTRAINT "repair_events_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_events" ADD CONSTRAINT "repair_events_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_events" ADD CONSTRAINT "repair_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repair_events" ADD CONSTRAINT "repair_events_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_availability" ADD CONSTRAINT "users_availability_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_absences" ADD CONSTRAINT "users_absences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "device_types" ADD CONSTRAINT "device_types_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "devices_technical_notes_order_idx" ON "devices_technical_notes" USING btree ("_order");
  CREATE INDEX "devices_technical_notes_parent_id_idx" ON "devices_technical_notes" USING btree ("_parent_id");
  CREATE INDEX "devices_technical_notes_author_idx" ON "devices_technical_notes" USING btree ("author_id");
  CREATE INDEX "devices_label_idx" ON "devices" USING btree ("label");
  CREATE INDEX "devices_customer_idx" ON "devices" USING btree ("customer_id");
  CREATE INDEX "devices_type_idx" ON "devices" USING btree ("type_id");
  CREATE INDEX "devices_serial_number_idx" ON "devices" USING btree ("serial_number");
  CREATE INDEX "devices_imei_idx" ON "devices" USING btree ("imei");
  CREATE INDEX "devices_updated_at_idx" ON "devices" USING btree ("updated_at");
  CREATE INDEX "devices_created_at_idx" ON "devices" USING btree ("created_at");
  CREATE INDEX "devices_texts_order_parent" ON "devices_texts" USING btree ("order","parent_id");
  CREATE INDEX "devices_rels_order_idx" ON "devices_rels" USING btree ("order");
  CREATE INDEX "devices_rels_parent_idx" ON "devices_rels" USING btree ("parent_id");
  CREATE INDEX "devices_rels_path_idx" ON "devices_rels" USING btree ("path");
  CREATE INDEX "devices_rels_media_id_idx" ON "devices_rels" USING btree ("media_id");
  CREATE INDEX "repairs_notes_order_idx" ON "repairs_notes" USING btree ("_order");
  CREATE INDEX "repairs_notes_parent_id_idx" ON "repairs_notes" USING btree ("_parent_id");
  CREATE INDEX "repairs_notes_author_idx" ON "repairs_notes" USING btree ("author_id");
  CREATE UNIQUE INDEX "repairs_reference_idx" ON "repairs" USING btree ("reference");
  CREATE INDEX "repairs_late_idx" ON "repairs" USING btree ("late");
  CREATE INDEX "repairs_device_idx" ON "repairs" USING btree ("device_id");
  CREATE INDEX "repairs_customer_idx" ON "repairs" USING btree ("customer_id");
  CREATE INDEX "repairs_status_idx" ON "repairs" USING btree ("status");
  CREATE INDEX "repairs_promised_at_idx" ON "repairs" USING btree ("promised_at");
  CREATE INDEX "repairs_assignee_idx" ON "repairs" USING btree ("assignee_id");
  CREATE INDEX "repairs_priority_rank_idx" ON "repairs" USING btree ("priority_rank");
  CREATE INDEX "repairs_status_changed_by_idx" ON "repairs" USING btree ("status_changed_by_id");
  CREATE INDEX "repairs_finished_at_idx" ON "repairs" USING btree ("finished_at");
  CREATE INDEX "repairs_updated_at_idx" ON "repairs" USING btree ("updated_at");
  CREATE INDEX "repairs_created_at_idx" ON "repairs" USING btree ("created_at");
  CREATE INDEX "repair_events_repair_idx" ON "repair_events" USING btree ("repair_id");
  CREATE INDEX "repair_events_device_idx" ON "repair_events" USING btree ("device_id");
  CREATE INDEX "repair_events_customer_idx" ON "repair_events" USING btree ("customer_id");
  CREATE INDEX "repair_events_type_idx" ON "repair_events" USING btree ("type");
  CREATE INDEX "repair_events_visible_to_customer_idx" ON "repair_events" USING btree ("visible_to_customer");
  CREATE INDEX "repair_events_by_idx" ON "repair_events" USING btree ("by_id");
  CREATE INDEX "repair_events_at_idx" ON "repair_events" USING btree ("at");
  CREATE INDEX "repair_events_updated_at_idx" ON "repair_events" USING btree ("updated_at");
  CREATE INDEX "repair_events_created_at_idx" ON "repair_events" USING btree ("created_at");
  CREATE INDEX "repair_at_idx" ON "repair_events" USING btree ("repair_id","at");
  CREATE INDEX "users_availability_order_idx" ON "users_availability" USING btree ("_order");
  CREATE INDEX "users_availability_parent_id_idx" ON "users_availability" USING btree ("_parent_id");
  CREATE INDEX "users_absences_order_idx" ON "users_absences" USING btree ("_order");
  CREATE INDEX "users_absences_parent_id_idx" ON "users_absences" USING btree ("_parent_id");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_skills_id_idx" ON "users_rels" USING btree ("skills_id");
  CREATE UNIQUE INDEX "skills_name_idx" ON "skills" USING btree ("name");
  CREATE UNIQUE INDEX "skills_code_idx" ON "skills" USING btree ("code");
  CREATE INDEX "skills_updated_at_idx" ON "skills" USING btree ("updated_at");
  CREATE INDEX "skills_created_at_idx" ON "skills" USING btree ("created_at");
  CREATE UNIQUE INDEX "device_types_name_idx" ON "device_types" USING btree ("name");
  CREATE UNIQUE INDEX "device_types_code_idx" ON "device_types" USING btree ("code");
  CREATE INDEX "device_types_skill_idx" ON "device_types" USING btree ("skill_id");
  CREATE INDEX "device_types_updated_at_idx" ON "device_types" USING btree ("updated_at");
  CREATE INDEX "device_types_created_at_idx" ON "device_types" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE UNIQUE INDEX "counters_name_idx" ON "counters" USING btree ("name");
  CREATE INDEX "counters_updated_at_idx" ON "counters" USING btree ("updated_at");
  CREATE INDEX "counters_created_at_idx" ON "counters" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_devices_fk" FOREIGN KEY ("devices_id") REFERENCES "public"."devices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repairs_fk" FOREIGN KEY ("repairs_id") REFERENCES "public"."repairs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repair_events_fk" FOREIGN KEY ("repair_events_id") REFERENCES "public"."repair_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_types_fk" FOREIGN KEY ("device_types_id") REFERENCES "public"."device_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counters_fk" FOREIGN KEY ("counters_id") REFERENCES "public"."counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_is_technician_idx" ON "users" USING btree ("is_technician");
  CREATE INDEX "payload_locked_documents_rels_devices_id_idx" ON "payload_locked_documents_rels" USING btree ("devices_id");
  CREATE INDEX "payload_locked_documents_rels_repairs_id_idx" ON "payload_locked_documents_rels" USING btree ("repairs_id");
  CREATE INDEX "payload_locked_documents_rels_repair_events_id_idx" ON "payload_locked_documents_rels" USING btree ("repair_events_id");
  CREATE INDEX "payload_locked_documents_rels_skills_id_idx" ON "payload_locked_documents_rels" USING btree ("skills_id");
  CREATE INDEX "payload_locked_documents_rels_device_types_id_idx" ON "payload_locked_documents_rels" USING btree ("device_types_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "devices_technical_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "devices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "devices_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "devices_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "repairs_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "repairs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "repair_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_availability" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_absences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "skills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "device_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "devices_technical_notes" CASCADE;
  DROP TABLE "devices" CASCADE;
  DROP TABLE "devices_texts" CASCADE;
  DROP TABLE "devices_rels" CASCADE;
  DROP TABLE "repairs_notes" CASCADE;
  DROP TABLE "repairs" CASCADE;
  DROP TABLE "repair_events" CASCADE;
  DROP TABLE "users_availability" CASCADE;
  DROP TABLE "users_absences" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "skills" CASCADE;
  DROP TABLE "device_types" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "counters" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_devices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_repairs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_repair_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_skills_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_device_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counters_fk";
  
  DROP INDEX "users_is_technician_idx";
  DROP INDEX "payload_locked_documents_rels_devices_id_idx";
  DROP INDEX "payload_locked_documents_rels_repairs_id_idx";
  DROP INDEX "payload_locked_documents_rels_repair_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_skills_id_idx";
  DROP INDEX "payload_locked_documents_rels_device_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_counters_id_idx";
  ALTER TABLE "customers" DROP COLUMN "anonymised_at";
  ALTER TABLE "users" DROP COLUMN "is_technician";
  ALTER TABLE "users" DROP COLUMN "capacity";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "devices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "repairs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "repair_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "skills_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "device_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counters_id";
  DROP TYPE "public"."enum_repairs_notes_visibility";
  DROP TYPE "public"."enum_repairs_status";
  DROP TYPE "public"."enum_repairs_step";
  DROP TYPE "public"."enum_repairs_priority";
  DROP TYPE "public"."enum_repair_events_type";
  DROP TYPE "public"."enum_users_availability_day";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
