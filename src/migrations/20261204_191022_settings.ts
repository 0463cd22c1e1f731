import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_vat_regime" AS ENUM('normal', 'franchise');
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"legal_name" varchar,
  	"trade_name" varchar,
  	"legal_form" varchar,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"address_country" varchar DEFAULT 'FR',
  	"phone" varchar,
  	"email" varchar,
  	"siret" varchar,
  	"registration" varchar,
  	"vat_number" varchar,
  	"logo_id" integer,
  	"opening_hours" varchar,
  	"vat_regime" "enum_settings_vat_regime" DEFAULT 'normal' NOT NULL,
  	"default_vat_rate" numeric DEFAULT 2000 NOT NULL,
  	"iban" varchar,
  	"bic" varchar,
  	"payment_terms_days" numeric DEFAULT 0 NOT NULL,
  	"late_penalty_rate" numeric DEFAULT 1215 NOT NULL,
  	"quote_threshold" numeric,
  	"diagnostic_fee" numeric DEFAULT 0,
  	"labour_warranty_months" numeric DEFAULT 3 NOT NULL,
  	"warranty_from_hand_back" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "roles" ADD COLUMN "permissions_settings_read" boolean DEFAULT false;
  ALTER TABLE "roles" ADD COLUMN "permissions_settings_create" boolean DEFAULT false;
  ALTER TABLE "roles" ADD COLUMN "permissions_settings_update" boolean DEFAULT false;
  ALTER TABLE "roles" ADD COLUMN "permissions_settings_delete" boolean DEFAULT false;
  -- The shop's settings are the administrator's, as every other feature of the default role.
  UPDATE "roles" SET "permissions_settings_read" = true, "permissions_settings_create" = true,
    "permissions_settings_update" = true, "permissions_settings_delete" = true WHERE "code" = 'admin';
  ALTER TABLE "settings" ADD CONSTRAINT "settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "settings_logo_idx" ON "settings" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "settings" CASCADE;
  ALTER TABLE "roles" DROP COLUMN "permissions_settings_read";
  ALTER TABLE "roles" DROP COLUMN "permissions_settings_create";
  ALTER TABLE "roles" DROP COLUMN "permissions_settings_update";
  ALTER TABLE "roles" DROP COLUMN "permissions_settings_delete";
  DROP TYPE "public"."enum_settings_vat_regime";`)
}
