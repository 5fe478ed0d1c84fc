import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_availability_outages_source" AS ENUM('probe', 'manual');
  CREATE TYPE "public"."enum_availability_outages_component" AS ENUM('web', 'database', 'worker');
  CREATE TYPE "public"."enum_availability_samples_status" AS ENUM('up', 'degraded', 'down');
  CREATE TYPE "public"."enum_availability_samples_component" AS ENUM('web', 'database', 'worker');
  CREATE TYPE "public"."enum_availability_samples_source" AS ENUM('self-probe', 'external');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneJobs' BEFORE 'simplifiedReminder';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'removeAbandonedDrafts' BEFORE 'simplifiedReminder';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'expireIdempotencyRecords' BEFORE 'serviceDeskSlaCheck';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rollUpAvailabilitySamples' BEFORE 'availabilityProbe';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneJobs' BEFORE 'simplifiedReminder';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'removeAbandonedDrafts' BEFORE 'simplifiedReminder';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'expireIdempotencyRecords' BEFORE 'serviceDeskSlaCheck';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rollUpAvailabilitySamples' BEFORE 'availabilityProbe';
  CREATE TABLE "availability_roll_ups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"samples" numeric NOT NULL,
  	"up_minutes" numeric,
  	"degraded_minutes" numeric,
  	"down_minutes" numeric,
  	"runs" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_samples" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_availability_samples_status" NOT NULL,
  	"component" "enum_availability_samples_component" NOT NULL,
  	"source" "enum_availability_samples_source" NOT NULL,
  	"latency_ms" numeric,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "applications" ADD COLUMN "draft_reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "availability_outages" ADD COLUMN "source" "enum_availability_outages_source";
  ALTER TABLE "availability_outages" ADD COLUMN "component" "enum_availability_outages_component";
  ALTER TABLE "availability_outages" ADD COLUMN "description" varchar;
  CREATE UNIQUE INDEX "availability_roll_ups_day_idx" ON "availability_roll_ups" USING btree ("day");
  CREATE INDEX "availability_roll_ups_starts_at_idx" ON "availability_roll_ups" USING btree ("starts_at");
  CREATE INDEX "availability_roll_ups_ends_at_idx" ON "availability_roll_ups" USING btree ("ends_at");
  CREATE INDEX "availability_roll_ups_updated_at_idx" ON "availability_roll_ups" USING btree ("updated_at");
  CREATE INDEX "availability_roll_ups_created_at_idx" ON "availability_roll_ups" USING btree ("created_at");
  CREATE INDEX "availability_samples_at_idx" ON "availability_samples" USING btree ("at");
  CREATE INDEX "availability_samples_source_idx" ON "availability_samples" USING btree ("source");
  CREATE INDEX "availability_samples_updated_at_idx" ON "availability_samples" USING btree ("updated_at");
  CREATE INDEX "availability_samples_created_at_idx" ON "availability_samples" USING btree ("created_at");
  CREATE INDEX "applications_draft_reminder_sent_at_idx" ON "applications" USING btree ("draft_reminder_sent_at");
  CREATE INDEX "availability_outages_source_idx" ON "availability_outages" USING btree ("source");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "availability_roll_ups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_samples" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "availability_roll_ups" CASCADE;
  DROP TABLE "availability_samples" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'sendEmail', 'simplifiedReminder', 'simplifiedEscalation', 'serviceDeskSlaCheck', 'maintenanceNoticeEmails', 'availabilityProbe', 'expireMandates', 'checkCivilServantMandates');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'sendEmail', 'simplifiedReminder', 'simplifiedEscalation', 'serviceDeskSlaCheck', 'maintenanceNoticeEmails', 'availabilityProbe', 'expireMandates', 'checkCivilServantMandates');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "applications_draft_reminder_sent_at_idx";
  DROP INDEX "availability_outages_source_idx";
  ALTER TABLE "applications" DROP COLUMN "draft_reminder_sent_at";
  ALTER TABLE "availability_outages" DROP COLUMN "source";
  ALTER TABLE "availability_outages" DROP COLUMN "component";
  ALTER TABLE "availability_outages" DROP COLUMN "description";
  DROP TYPE "public"."enum_availability_outages_source";
  DROP TYPE "public"."enum_availability_outages_component";
  DROP TYPE "public"."enum_availability_samples_status";
  DROP TYPE "public"."enum_availability_samples_component";
  DROP TYPE "public"."enum_availability_samples_source";`)
}
