import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_public_documents_key" AS ENUM('privacy', 'terms', 'accessibility');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'read';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'download';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'simplifiedReminder';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'simplifiedReminder';
  CREATE TABLE "public_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" "enum_public_documents_key" NOT NULL,
  	"updated_on" timestamp(3) with time zone NOT NULL,
  	"is_published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "public_documents_locales" (
  	"title" varchar NOT NULL,
  	"body" jsonb NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "mfa_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "mfa_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "mfa_recovery_codes" jsonb;
  ALTER TABLE "public_documents_locales" ADD CONSTRAINT "public_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."public_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "public_documents_key_idx" ON "public_documents" USING btree ("key");
  CREATE INDEX "public_documents_updated_at_idx" ON "public_documents" USING btree ("updated_at");
  CREATE INDEX "public_documents_created_at_idx" ON "public_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "public_documents_locales_locale_parent_id_unique" ON "public_documents_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "public_documents" CASCADE;
  DROP TABLE "public_documents_locales" CASCADE;
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'submit', 'login', 'denied');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'sendEmail', 'pruneJobs', 'removeAbandonedDrafts', 'simplifiedReminder', 'simplifiedEscalation', 'expireIdempotencyRecords', 'serviceDeskSlaCheck', 'maintenanceNoticeEmails', 'rollUpAvailabilitySamples', 'availabilityProbe', 'expireMandates', 'checkCivilServantMandates');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'sendEmail', 'pruneJobs', 'removeAbandonedDrafts', 'simplifiedReminder', 'simplifiedEscalation', 'expireIdempotencyRecords', 'serviceDeskSlaCheck', 'maintenanceNoticeEmails', 'rollUpAvailabilitySamples', 'availabilityProbe', 'expireMandates', 'checkCivilServantMandates');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "users" DROP COLUMN "mfa_enabled_at";
  ALTER TABLE "users" DROP COLUMN "mfa_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_pending_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_last_step";
  ALTER TABLE "users" DROP COLUMN "mfa_recovery_codes";
  DROP TYPE "public"."enum_public_documents_key";`)
}
