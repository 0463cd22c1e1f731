import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_roles_capabilities" AS ENUM('costs.read', 'prices.set', 'repairs.assign', 'repairs.all', 'notes.technical', 'invoices.issue', 'stock.adjust', 'customers.privacy');
  CREATE TYPE "public"."enum_customers_civility" AS ENUM('mme', 'm', 'autre');
  CREATE TYPE "public"."enum_customers_preferred_channel" AS ENUM('email', 'sms', 'phone');
  CREATE TYPE "public"."enum_action_logs_kind" AS ENUM('data', 'auth', 'permission');
  CREATE TYPE "public"."enum_action_logs_operation" AS ENUM('create', 'update', 'delete', 'login', 'login_failed');
  CREATE TABLE "roles_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_roles_capabilities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"description" varchar,
  	"permissions_customers_read" boolean DEFAULT false,
  	"permissions_customers_create" boolean DEFAULT false,
  	"permissions_customers_update" boolean DEFAULT false,
  	"permissions_customers_delete" boolean DEFAULT false,
  	"permissions_devices_read" boolean DEFAULT false,
  	"permissions_devices_create" boolean DEFAULT false,
  	"permissions_devices_update" boolean DEFAULT false,
  	"permissions_devices_delete" boolean DEFAULT false,
  	"permissions_repairs_read" boolean DEFAULT false,
  	"permissions_repairs_create" boolean DEFAULT false,
  	"permissions_repairs_update" boolean DEFAULT false,
  	"permissions_repairs_delete" boolean DEFAULT false,
  	"permissions_technicians_read" boolean DEFAULT false,
  	"permissions_technicians_create" boolean DEFAULT false,
  	"permissions_technicians_update" boolean DEFAULT false,
  	"permissions_technicians_delete" boolean DEFAULT false,
  	"permissions_invoices_read" boolean DEFAULT false,
  	"permissions_invoices_create" boolean DEFAULT false,
  	"permissions_invoices_update" boolean DEFAULT false,
  	"permissions_invoices_delete" boolean DEFAULT false,
  	"permissions_payments_read" boolean DEFAULT false,
  	"permissions_payments_create" boolean DEFAULT false,
  	"permissions_payments_update" boolean DEFAULT false,
  	"permissions_payments_delete" boolean DEFAULT false,
  	"permissions_stock_read" boolean DEFAULT false,
  	"permissions_stock_create" boolean DEFAULT false,
  	"permissions_stock_update" boolean DEFAULT false,
  	"permissions_stock_delete" boolean DEFAULT false,
  	"permissions_purchase_orders_read" boolean DEFAULT false,
  	"permissions_purchase_orders_create" boolean DEFAULT false,
  	"permissions_purchase_orders_update" boolean DEFAULT false,
  	"permissions_purchase_orders_delete" boolean DEFAULT false,
  	"permissions_communications_read" boolean DEFAULT false,
  	"permissions_communications_create" boolean DEFAULT false,
  	"permissions_communications_update" boolean DEFAULT false,
  	"permissions_communications_delete" boolean DEFAULT false,
  	"permissions_warranties_read" boolean DEFAULT false,
  	"permissions_warranties_create" boolean DEFAULT false,
  	"permissions_warranties_update" boolean DEFAULT false,
  	"permissions_warranties_delete" boolean DEFAULT false,
  	"permissions_reports_read" boolean DEFAULT false,
  	"permissions_reports_create" boolean DEFAULT false,
  	"permissions_reports_update" boolean DEFAULT false,
  	"permissions_reports_delete" boolean DEFAULT false,
  	"permissions_users_read" boolean DEFAULT false,
  	"permissions_users_create" boolean DEFAULT false,
  	"permissions_users_update" boolean DEFAULT false,
  	"permissions_users_delete" boolean DEFAULT false,
  	"permissions_logs_read" boolean DEFAULT false,
  	"permissions_logs_create" boolean DEFAULT false,
  	"permissions_logs_update" boolean DEFAULT false,
  	"permissions_logs_delete" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role_id" integer,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "customers_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "customers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"civility" "enum_customers_civility",
  	"first_name" varchar,
  	"last_name" varchar NOT NULL,
  	"display_name" varchar,
  	"phone" varchar,
  	"address_line1" varchar,
  	"address_line2" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"address_country" varchar DEFAULT 'FR',
  	"company" varchar,
  	"siret" varchar,
  	"preferred_channel" "enum_customers_preferred_channel" DEFAULT 'email',
  	"marketing_consent" boolean DEFAULT false,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "action_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"kind" "enum_action_logs_kind" NOT NULL,
  	"operation" "enum_action_logs_operation" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar,
  	"actor_label" varchar,
  	"ip" varchar,
  	"changes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "action_logs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"customers_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roles_id" integer,
  	"users_id" integer,
  	"customers_id" integer,
  	"action_logs_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"customers_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "roles_capabilities" ADD CONSTRAINT "roles_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "customers_sessions" ADD CONSTRAINT "customers_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_logs_rels" ADD CONSTRAINT "action_logs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."action_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_logs_rels" ADD CONSTRAINT "action_logs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_logs_rels" ADD CONSTRAINT "action_logs_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_action_logs_fk" FOREIGN KEY ("action_logs_id") REFERENCES "public"."action_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "roles_capabilities_order_idx" ON "roles_capabilities" USING btree ("order");
  CREATE INDEX "roles_capabilities_parent_idx" ON "roles_capabilities" USING btree ("parent_id");
  CREATE UNIQUE INDEX "roles_name_idx" ON "roles" USING btree ("name");
  CREATE UNIQUE INDEX "roles_code_idx" ON "roles" USING btree ("code");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "customers_sessions_order_idx" ON "customers_sessions" USING btree ("_order");
  CREATE INDEX "customers_sessions_parent_id_idx" ON "customers_sessions" USING btree ("_parent_id");
  CREATE INDEX "customers_display_name_idx" ON "customers" USING btree ("display_name");
  CREATE INDEX "customers_updated_at_idx" ON "customers" USING btree ("updated_at");
  CREATE INDEX "customers_created_at_idx" ON "customers" USING btree ("created_at");
  CREATE UNIQUE INDEX "customers_email_idx" ON "customers" USING btree ("email");
  CREATE INDEX "action_logs_kind_idx" ON "action_logs" USING btree ("kind");
  CREATE INDEX "action_logs_operation_idx" ON "action_logs" USING btree ("operation");
  CREATE INDEX "action_logs_collection_slug_idx" ON "action_logs" USING btree ("collection_slug");
  CREATE INDEX "action_logs_document_id_idx" ON "action_logs" USING btree ("document_id");
  CREATE INDEX "action_logs_actor_label_idx" ON "action_logs" USING btree ("actor_label");
  CREATE INDEX "action_logs_updated_at_idx" ON "action_logs" USING btree ("updated_at");
  CREATE INDEX "action_logs_created_at_idx" ON "action_logs" USING btree ("created_at");
  CREATE INDEX "collectionSlug_documentId_idx" ON "action_logs" USING btree ("collection_slug","document_id");
  CREATE INDEX "action_logs_rels_order_idx" ON "action_logs_rels" USING btree ("order");
  CREATE INDEX "action_logs_rels_parent_idx" ON "action_logs_rels" USING btree ("parent_id");
  CREATE INDEX "action_logs_rels_path_idx" ON "action_logs_rels" USING btree ("path");
  CREATE INDEX "action_logs_rels_users_id_idx" ON "action_logs_rels" USING btree ("users_id");
  CREATE INDEX "action_logs_rels_customers_id_idx" ON "action_logs_rels" USING btree ("customers_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_customers_id_idx" ON "payload_locked_documents_rels" USING btree ("customers_id");
  CREATE INDEX "payload_locked_documents_rels_action_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("action_logs_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_customers_id_idx" ON "payload_preferences_rels" USING btree ("customers_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "roles_capabilities" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "customers_sessions" CASCADE;
  DROP TABLE "customers" CASCADE;
  DROP TABLE "action_logs" CASCADE;
  DROP TABLE "action_logs_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_roles_capabilities";
  DROP TYPE "public"."enum_customers_civility";
  DROP TYPE "public"."enum_customers_preferred_channel";
  DROP TYPE "public"."enum_action_logs_kind";
  DROP TYPE "public"."enum_action_logs_operation";`)
}
