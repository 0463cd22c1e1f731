import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "chain_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence" numeric NOT NULL,
  	"kind" varchar NOT NULL,
  	"record_id" numeric NOT NULL,
  	"label" varchar,
  	"previous_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "chain_entries_id" integer;
  CREATE UNIQUE INDEX "chain_entries_sequence_idx" ON "chain_entries" USING btree ("sequence");
  CREATE INDEX "chain_entries_record_id_idx" ON "chain_entries" USING btree ("record_id");
  CREATE INDEX "chain_entries_updated_at_idx" ON "chain_entries" USING btree ("updated_at");
  CREATE INDEX "chain_entries_created_at_idx" ON "chain_entries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chain_entries_fk" FOREIGN KEY ("chain_entries_id") REFERENCES "public"."chain_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_chain_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("chain_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "chain_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "chain_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_chain_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_chain_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "chain_entries_id";`)
}
