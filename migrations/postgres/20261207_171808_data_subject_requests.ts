import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_subject_requests_kind" AS ENUM('access', 'rectification', 'erasure');
  CREATE TYPE "public"."enum_data_subject_requests_status" AS ENUM('open', 'done', 'refused');
  CREATE TABLE "data_subject_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_id" integer NOT NULL,
  	"kind" "enum_data_subject_requests_kind" NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"description" varchar,
  	"status" "enum_data_subject_requests_status" DEFAULT 'open',
  	"resolution" varchar,
  	"outcome" jsonb,
  	"handled_by_id" integer,
  	"handled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_subject_id_users_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "data_subject_requests_subject_idx" ON "data_subject_requests" USING btree ("subject_id");
  CREATE INDEX "data_subject_requests_handled_by_idx" ON "data_subject_requests" USING btree ("handled_by_id");
  CREATE INDEX "data_subject_requests_updated_at_idx" ON "data_subject_requests" USING btree ("updated_at");
  CREATE INDEX "data_subject_requests_created_at_idx" ON "data_subject_requests" USING btree ("created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "data_subject_requests" CASCADE;
  DROP TYPE "public"."enum_data_subject_requests_kind";
  DROP TYPE "public"."enum_data_subject_requests_status";`)
}
