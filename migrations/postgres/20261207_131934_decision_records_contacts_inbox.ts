import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillCaseSubjects } from '../../src/cases/caseSubject'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_permit_types_kind" AS ENUM('permit', 'notification');
  CREATE TYPE "public"."enum_permit_types_appeal_instructions_kind" AS ENUM('rectification', 'appeal');
  CREATE TYPE "public"."enum_decisions_appeal_instructions_kind" AS ENUM('rectification', 'appeal');
  ALTER TYPE "public"."enum_cases_outcome" ADD VALUE 'dismissed' BEFORE 'acknowledged';
  ALTER TYPE "public"."enum_cases_outcome" ADD VALUE 'acknowledged-with-instructions';
  ALTER TYPE "public"."enum_cases_outcome" ADD VALUE 'prohibited';
  ALTER TYPE "public"."enum_decisions_outcome" ADD VALUE 'dismissed' BEFORE 'acknowledged';
  ALTER TYPE "public"."enum_decisions_outcome" ADD VALUE 'acknowledged-with-instructions';
  ALTER TYPE "public"."enum_decisions_outcome" ADD VALUE 'prohibited';
  CREATE TABLE "decisions_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  ALTER TABLE "authorities" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "authorities" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "authorities_locales" ADD COLUMN "contact_website" varchar;
  ALTER TABLE "authorities_locales" ADD COLUMN "contact_hours" varchar;
  ALTER TABLE "permit_types" ADD COLUMN "kind" "enum_permit_types_kind" DEFAULT 'permit';
  ALTER TABLE "permit_types" ADD COLUMN "appeal_instructions_kind" "enum_permit_types_appeal_instructions_kind" DEFAULT 'appeal';
  ALTER TABLE "permit_types_locales" ADD COLUMN "appeal_instructions_text" varchar;
  ALTER TABLE "cases" ADD COLUMN "subject_name" varchar;
  ALTER TABLE "cases" ADD COLUMN "start_date" varchar;
  ALTER TABLE "decisions" ADD COLUMN "decision_maker" varchar;
  ALTER TABLE "decisions" ADD COLUMN "decision_date" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "valid_from" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "valid_until" timestamp(3) with time zone;
  ALTER TABLE "decisions" ADD COLUMN "appeal_instructions_kind" "enum_decisions_appeal_instructions_kind";
  ALTER TABLE "decisions" ADD COLUMN "appeal_instructions_fi" varchar;
  ALTER TABLE "decisions" ADD COLUMN "appeal_instructions_sv" varchar;
  ALTER TABLE "decisions" ADD COLUMN "appeal_instructions_en" varchar;
  ALTER TABLE "decisions" ADD COLUMN "correction_reason" varchar;
  ALTER TABLE "decisions" ADD COLUMN "version" numeric;
  ALTER TABLE "decisions" ADD COLUMN "supersedes_id" integer;
  ALTER TABLE "decisions_conditions" ADD CONSTRAINT "decisions_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "decisions_conditions_order_idx" ON "decisions_conditions" USING btree ("_order");
  CREATE INDEX "decisions_conditions_parent_id_idx" ON "decisions_conditions" USING btree ("_parent_id");
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_supersedes_id_decisions_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "authority_status_startDate_idx" ON "cases" USING btree ("authority_id","status","start_date");
  CREATE INDEX "decisions_supersedes_idx" ON "decisions" USING btree ("supersedes_id");`)
  const { rows } = await db.execute(
    sql`SELECT c."id", a."values", t."key" AS "title_key", d."key" AS "start_key" FROM "cases" c JOIN "applications" a ON a."id" = c."application_id" JOIN "permit_bundles" b ON b."id" = a."bundle_id" LEFT JOIN "data_elements" t ON t."id" = b."title_element_id" LEFT JOIN "data_elements" d ON d."id" = b."start_date_element_id"`,
  )
  await backfillCaseSubjects({
    rows,
    write: (id, { subjectName, startDate }) =>
      db.execute(sql`UPDATE "cases" SET "subject_name" = ${subjectName}, "start_date" = ${startDate} WHERE "id" = ${id}`),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "decisions_conditions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "decisions_conditions" CASCADE;
  ALTER TABLE "decisions" DROP CONSTRAINT "decisions_supersedes_id_decisions_id_fk";
  
  ALTER TABLE "cases" ALTER COLUMN "outcome" SET DATA TYPE text;
  DROP TYPE "public"."enum_cases_outcome";
  CREATE TYPE "public"."enum_cases_outcome" AS ENUM('granted', 'granted-with-conditions', 'rejected', 'acknowledged');
  ALTER TABLE "cases" ALTER COLUMN "outcome" SET DATA TYPE "public"."enum_cases_outcome" USING "outcome"::"public"."enum_cases_outcome";
  ALTER TABLE "decisions" ALTER COLUMN "outcome" SET DATA TYPE text;
  DROP TYPE "public"."enum_decisions_outcome";
  CREATE TYPE "public"."enum_decisions_outcome" AS ENUM('granted', 'granted-with-conditions', 'rejected', 'acknowledged');
  ALTER TABLE "decisions" ALTER COLUMN "outcome" SET DATA TYPE "public"."enum_decisions_outcome" USING "outcome"::"public"."enum_decisions_outcome";
  DROP INDEX "authority_status_startDate_idx";
  DROP INDEX "decisions_supersedes_idx";
  ALTER TABLE "authorities" DROP COLUMN "contact_phone";
  ALTER TABLE "authorities" DROP COLUMN "contact_email";
  ALTER TABLE "authorities_locales" DROP COLUMN "contact_website";
  ALTER TABLE "authorities_locales" DROP COLUMN "contact_hours";
  ALTER TABLE "permit_types" DROP COLUMN "kind";
  ALTER TABLE "permit_types" DROP COLUMN "appeal_instructions_kind";
  ALTER TABLE "permit_types_locales" DROP COLUMN "appeal_instructions_text";
  ALTER TABLE "cases" DROP COLUMN "subject_name";
  ALTER TABLE "cases" DROP COLUMN "start_date";
  ALTER TABLE "decisions" DROP COLUMN "decision_maker";
  ALTER TABLE "decisions" DROP COLUMN "decision_date";
  ALTER TABLE "decisions" DROP COLUMN "valid_from";
  ALTER TABLE "decisions" DROP COLUMN "valid_until";
  ALTER TABLE "decisions" DROP COLUMN "appeal_instructions_kind";
  ALTER TABLE "decisions" DROP COLUMN "appeal_instructions_fi";
  ALTER TABLE "decisions" DROP COLUMN "appeal_instructions_sv";
  ALTER TABLE "decisions" DROP COLUMN "appeal_instructions_en";
  ALTER TABLE "decisions" DROP COLUMN "correction_reason";
  ALTER TABLE "decisions" DROP COLUMN "version";
  ALTER TABLE "decisions" DROP COLUMN "supersedes_id";
  DROP TYPE "public"."enum_permit_types_kind";
  DROP TYPE "public"."enum_permit_types_appeal_instructions_kind";
  DROP TYPE "public"."enum_decisions_appeal_instructions_kind";`)
}
