import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillLateSubmissions } from '../../src/cases/lateSubmission'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_elements_prefill" AS ENUM('applicant-name', 'person-name', 'person-email', 'person-phone', 'organisation-name', 'organisation-business-id', 'organisation-street-address', 'organisation-postcode', 'organisation-post-office', 'organisation-website');
  ALTER TYPE "public"."enum_case_events_type" ADD VALUE 'assigned';
  CREATE TABLE "case_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"authority_id" integer,
  	"author_id" integer,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "phone" varchar;
  ALTER TABLE "data_elements" ADD COLUMN "prefill" "enum_data_elements_prefill";
  ALTER TABLE "applications" ADD COLUMN "prefilled" jsonb;
  ALTER TABLE "cases" ADD COLUMN "handler_id" integer;
  ALTER TABLE "cases" ADD COLUMN "is_late" boolean;
  ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id");
  CREATE INDEX "case_notes_authority_idx" ON "case_notes" USING btree ("authority_id");
  CREATE INDEX "case_notes_author_idx" ON "case_notes" USING btree ("author_id");
  CREATE INDEX "case_notes_updated_at_idx" ON "case_notes" USING btree ("updated_at");
  CREATE INDEX "case_notes_created_at_idx" ON "case_notes" USING btree ("created_at");
  ALTER TABLE "cases" ADD CONSTRAINT "cases_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "cases_handler_idx" ON "cases" USING btree ("handler_id");
  CREATE INDEX "authority_handler_status_createdAt_idx" ON "cases" USING btree ("authority_id","handler_id","status","created_at");`)
  const { rows } = await db.execute(sql`SELECT "id", "created_at", "latest_submission_date" FROM "cases"`)
  await backfillLateSubmissions({
    rows,
    write: (id) => db.execute(sql`UPDATE "cases" SET "is_late" = true WHERE "id" = ${id}`),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "case_notes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "case_notes" CASCADE;
  ALTER TABLE "cases" DROP CONSTRAINT "cases_handler_id_users_id_fk";
  
  ALTER TABLE "case_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_case_events_type";
  CREATE TYPE "public"."enum_case_events_type" AS ENUM('submitted', 'status-changed', 'delivery-attempted', 'delivered', 'delivery-failed', 'delivery-not-configured', 'changed', 'message', 'reminder-sent', 'escalated');
  ALTER TABLE "case_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_case_events_type" USING "type"::"public"."enum_case_events_type";
  DROP INDEX "cases_handler_idx";
  DROP INDEX "authority_handler_status_createdAt_idx";
  ALTER TABLE "users" DROP COLUMN "phone";
  ALTER TABLE "data_elements" DROP COLUMN "prefill";
  ALTER TABLE "applications" DROP COLUMN "prefilled";
  ALTER TABLE "cases" DROP COLUMN "handler_id";
  ALTER TABLE "cases" DROP COLUMN "is_late";
  DROP TYPE "public"."enum_data_elements_prefill";`)
}
