import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_parts_kind" AS ENUM('piece', 'consommable');
  CREATE TYPE "public"."enum_stock_movements_reason" AS ENUM('reception', 'used_on_repair', 'returned_from_repair', 'adjustment', 'loss', 'return_to_supplier');
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('brouillon', 'commandee', 'partiellement_recue', 'recue', 'annulee');
  CREATE TYPE "public"."enum_warranties_kind" AS ENUM('piece', 'main_oeuvre');
  CREATE TYPE "public"."enum_warranty_claims_status" AS ENUM('ouverte', 'en_examen', 'acceptee', 'refusee', 'cloturee');
  ALTER TYPE "public"."enum_repair_events_type" ADD VALUE 'part_used';
  ALTER TYPE "public"."enum_repair_events_type" ADD VALUE 'part_returned';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendLowStockAlert';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendLowStockAlert';
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
  
  CREATE TABLE "parts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sku" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_parts_kind" DEFAULT 'piece' NOT NULL,
  	"category" varchar,
  	"supplier_id" integer,
  	"location" varchar,
  	"purchase_cost" numeric,
  	"sale_price" numeric,
  	"vat_rate" numeric DEFAULT 2000,
  	"quantity_on_hand" numeric DEFAULT 0,
  	"reorder_threshold" numeric DEFAULT 2,
  	"reorder_quantity" numeric DEFAULT 5,
  	"warranty_months" numeric DEFAULT 3,
  	"low_stock" boolean DEFAULT false,
  	"low_stock_alerted" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "parts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "stock_movements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"part_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"reason" "enum_stock_movements_reason" NOT NULL,
  	"quantity_after" numeric,
  	"repair_id" integer,
  	"purchase_order_id" integer,
  	"rma_reference" varchar,
  	"by_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "suppliers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"lead_time_days" numeric DEFAULT 3,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "purchase_orders_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"part_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"unit_cost" numeric,
  	"received_quantity" numeric DEFAULT 0
  );
  
  CREATE TABLE "purchase_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"supplier_id" integer NOT NULL,
  	"status" "enum_purchase_orders_status" DEFAULT 'brouillon' NOT NULL,
  	"linked_repair_id" integer,
  	"ordered_at" timestamp(3) with time zone,
  	"received_at" timestamp(3) with time zone,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "warranties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_warranties_kind" NOT NULL,
  	"part_id" integer,
  	"repair_id" integer NOT NULL,
  	"device_id" integer,
  	"customer_id" integer,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"months" numeric,
  	"open_claims" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "warranty_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"warranty_id" integer NOT NULL,
  	"description" varchar NOT NULL,
  	"status" "enum_warranty_claims_status" DEFAULT 'ouverte' NOT NULL,
  	"decided_at" timestamp(3) with time zone,
  	"refusal_reason" varchar,
  	"customer_id" integer,
  	"repair_id" integer,
  	"device_id" integer,
  	"rework_repair_id" integer,
  	"supplier_return_rma_reference" varchar,
  	"supplier_return_returned_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "warranty_claims_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  ALTER TABLE "repairs" ADD COLUMN "original_repair_id" integer;
  ALTER TABLE "repairs" ADD COLUMN "warranty_rework" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "parts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_movements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "suppliers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "purchase_orders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "warranties_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "warranty_claims_id" integer;
  ALTER TABLE "repairs_parts" ADD CONSTRAINT "repairs_parts_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repairs_parts" ADD CONSTRAINT "repairs_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."repairs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parts" ADD CONSTRAINT "parts_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parts_texts" ADD CONSTRAINT "parts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders_lines" ADD CONSTRAINT "purchase_orders_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders_lines" ADD CONSTRAINT "purchase_orders_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_linked_repair_id_repairs_id_fk" FOREIGN KEY ("linked_repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranties" ADD CONSTRAINT "warranties_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranties" ADD CONSTRAINT "warranties_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranties" ADD CONSTRAINT "warranties_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranties" ADD CONSTRAINT "warranties_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_warranty_id_warranties_id_fk" FOREIGN KEY ("warranty_id") REFERENCES "public"."warranties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_repair_id_repairs_id_fk" FOREIGN KEY ("repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_rework_repair_id_repairs_id_fk" FOREIGN KEY ("rework_repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warranty_claims_rels" ADD CONSTRAINT "warranty_claims_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."warranty_claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "warranty_claims_rels" ADD CONSTRAINT "warranty_claims_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "repairs_parts_order_idx" ON "repairs_parts" USING btree ("_order");
  CREATE INDEX "repairs_parts_parent_id_idx" ON "repairs_parts" USING btree ("_parent_id");
  CREATE INDEX "repairs_parts_part_idx" ON "repairs_parts" USING btree ("part_id");
  CREATE UNIQUE INDEX "parts_sku_idx" ON "parts" USING btree ("sku");
  CREATE INDEX "parts_category_idx" ON "parts" USING btree ("category");
  CREATE INDEX "parts_supplier_idx" ON "parts" USING btree ("supplier_id");
  CREATE INDEX "parts_quantity_on_hand_idx" ON "parts" USING btree ("quantity_on_hand");
  CREATE INDEX "parts_low_stock_idx" ON "parts" USING btree ("low_stock");
  CREATE INDEX "parts_updated_at_idx" ON "parts" USING btree ("updated_at");
  CREATE INDEX "parts_created_at_idx" ON "parts" USING btree ("created_at");
  CREATE INDEX "parts_texts_order_parent" ON "parts_texts" USING btree ("order","parent_id");
  CREATE INDEX "stock_movements_part_idx" ON "stock_movements" USING btree ("part_id");
  CREATE INDEX "stock_movements_repair_idx" ON "stock_movements" USING btree ("repair_id");
  CREATE INDEX "stock_movements_purchase_order_idx" ON "stock_movements" USING btree ("purchase_order_id");
  CREATE INDEX "stock_movements_by_idx" ON "stock_movements" USING btree ("by_id");
  CREATE INDEX "stock_movements_updated_at_idx" ON "stock_movements" USING btree ("updated_at");
  CREATE INDEX "stock_movements_created_at_idx" ON "stock_movements" USING btree ("created_at");
  CREATE INDEX "part_createdAt_idx" ON "stock_movements" USING btree ("part_id","created_at");
  CREATE UNIQUE INDEX "suppliers_name_idx" ON "suppliers" USING btree ("name");
  CREATE INDEX "suppliers_updated_at_idx" ON "suppliers" USING btree ("updated_at");
  CREATE INDEX "suppliers_created_at_idx" ON "suppliers" USING btree ("created_at");
  CREATE INDEX "purchase_orders_lines_order_idx" ON "purchase_orders_lines" USING btree ("_order");
  CREATE INDEX "purchase_orders_lines_parent_id_idx" ON "purchase_orders_lines" USING btree ("_parent_id");
  CREATE INDEX "purchase_orders_lines_part_idx" ON "purchase_orders_lines" USING btree ("part_id");
  CREATE UNIQUE INDEX "purchase_orders_reference_idx" ON "purchase_orders" USING btree ("reference");
  CREATE INDEX "purchase_orders_supplier_idx" ON "purchase_orders" USING btree ("supplier_id");
  CREATE INDEX "purchase_orders_status_idx" ON "purchase_orders" USING btree ("status");
  CREATE INDEX "purchase_orders_linked_repair_idx" ON "purchase_orders" USING btree ("linked_repair_id");
  CREATE INDEX "purchase_orders_updated_at_idx" ON "purchase_orders" USING btree ("updated_at");
  CREATE INDEX "purchase_orders_created_at_idx" ON "purchase_orders" USING btree ("created_at");
  CREATE UNIQUE INDEX "warranties_key_idx" ON "warranties" USING btree ("key");
  CREATE INDEX "warranties_part_idx" ON "warranties" USING btree ("part_id");
  CREATE INDEX "warranties_repair_idx" ON "warranties" USING btree ("repair_id");
  CREATE INDEX "warranties_device_idx" ON "warranties" USING btree ("device_id");
  CREATE INDEX "warranties_customer_idx" ON "warranties" USING btree ("customer_id");
  CREATE INDEX "warranties_ends_at_idx" ON "warranties" USING btree ("ends_at");
  CREATE INDEX "warranties_updated_at_idx" ON "warranties" USING btree ("updated_at");
  CREATE INDEX "warranties_created_at_idx" ON "warranties" USING btree ("created_at");
  CREATE INDEX "warranty_claims_warranty_idx" ON "warranty_claims" USING btree ("warranty_id");
  CREATE INDEX "warranty_claims_status_idx" ON "warranty_claims" USING btree ("status");
  CREATE INDEX "warranty_claims_customer_idx" ON "warranty_claims" USING btree ("customer_id");
  CREATE INDEX "warranty_claims_repair_idx" ON "warranty_claims" USING btree ("repair_id");
  CREATE INDEX "warranty_claims_device_idx" ON "warranty_claims" USING btree ("device_id");
  CREATE INDEX "warranty_claims_rework_repair_idx" ON "warranty_claims" USING btree ("rework_repair_id");
  CREATE INDEX "warranty_claims_updated_at_idx" ON "warranty_claims" USING btree ("updated_at");
  CREATE INDEX "warranty_claims_created_at_idx" ON "warranty_claims" USING btree ("created_at");
  CREATE INDEX "warranty_claims_rels_order_idx" ON "warranty_claims_rels" USING btree ("order");
  CREATE INDEX "warranty_claims_rels_parent_idx" ON "warranty_claims_rels" USING btree ("parent_id");
  CREATE INDEX "warranty_claims_rels_path_idx" ON "warranty_claims_rels" USING btree ("path");
  CREATE INDEX "warranty_claims_rels_media_id_idx" ON "warranty_claims_rels" USING btree ("media_id");
  ALTER TABLE "repairs" ADD CONSTRAINT "repairs_original_repair_id_repairs_id_fk" FOREIGN KEY ("original_repair_id") REFERENCES "public"."repairs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parts_fk" FOREIGN KEY ("parts_id") REFERENCES "public"."parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_movements_fk" FOREIGN KEY ("stock_movements_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_suppliers_fk" FOREIGN KEY ("suppliers_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_warranties_fk" FOREIGN KEY ("warranties_id") REFERENCES "public"."warranties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_warranty_claims_fk" FOREIGN KEY ("warranty_claims_id") REFERENCES "public"."warranty_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "repairs_original_repair_idx" ON "repairs" USING btree ("original_repair_id");
  CREATE INDEX "payload_locked_documents_rels_parts_id_idx" ON "payload_locked_documents_rels" USING btree ("parts_id");
  CREATE INDEX "payload_locked_documents_rels_stock_movements_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_movements_id");
  CREATE INDEX "payload_locked_documents_rels_suppliers_id_idx" ON "payload_locked_documents_rels" USING btree ("suppliers_id");
  CREATE INDEX "payload_locked_documents_rels_purchase_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "payload_locked_documents_rels_warranties_id_idx" ON "payload_locked_documents_rels" USING btree ("warranties_id");
  CREATE INDEX "payload_locked_documents_rels_warranty_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("warranty_claims_id");`)
  // Hand-written: the database itself refuses a negative stock, behind the guarded updates.
  await db.execute(sql`
   ALTER TABLE "parts" ADD CONSTRAINT "parts_quantity_on_hand_non_negative" CHECK ("quantity_on_hand" >= 0);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "repairs_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "parts_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_movements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suppliers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "purchase_orders_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "purchase_orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "warranties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "warranty_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "warranty_claims_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "repairs_parts" CASCADE;
  DROP TABLE "parts" CASCADE;
  DROP TABLE "parts_texts" CASCADE;
  DROP TABLE "stock_movements" CASCADE;
  DROP TABLE "suppliers" CASCADE;
  DROP TABLE "purchase_orders_lines" CASCADE;
  DROP TABLE "purchase_orders" CASCADE;
  DROP TABLE "warranties" CASCADE;
  DROP TABLE "warranty_claims" CASCADE;
  DROP TABLE "warranty_claims_rels" CASCADE;
  ALTER TABLE "repairs" DROP CONSTRAINT "repairs_original_repair_id_repairs_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_parts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_movements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_suppliers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_purchase_orders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_warranties_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_warranty_claims_fk";
  
  ALTER TABLE "repair_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_repair_events_type";
  CREATE TYPE "public"."enum_repair_events_type" AS ENUM('created', 'status', 'assignment', 'parts_wait', 'parts_resume', 'note');
  ALTER TABLE "repair_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_repair_events_type" USING "type"::"public"."enum_repair_events_type";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLateFlags');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLateFlags');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "repairs_original_repair_idx";
  DROP INDEX "payload_locked_documents_rels_parts_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_movements_id_idx";
  DROP INDEX "payload_locked_documents_rels_suppliers_id_idx";
  DROP INDEX "payload_locked_documents_rels_purchase_orders_id_idx";
  DROP INDEX "payload_locked_documents_rels_warranties_id_idx";
  DROP INDEX "payload_locked_documents_rels_warranty_claims_id_idx";
  ALTER TABLE "repairs" DROP COLUMN "original_repair_id";
  ALTER TABLE "repairs" DROP COLUMN "warranty_rework";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "parts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_movements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "suppliers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "purchase_orders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "warranties_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "warranty_claims_id";
  DROP TYPE "public"."enum_parts_kind";
  DROP TYPE "public"."enum_stock_movements_reason";
  DROP TYPE "public"."enum_purchase_orders_status";
  DROP TYPE "public"."enum_warranties_kind";
  DROP TYPE "public"."enum_warranty_claims_status";`)
}
