import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_supervised_objects_kind" AS ENUM('event', 'premises', 'activity');
  CREATE TYPE "public"."enum_supervised_objects_status" AS ENUM('active', 'closed');
  CREATE TYPE "public"."enum_supervision_cases_findings_severity" AS ENUM('none', 'minor', 'major', 'critical');
  CREATE TYPE "public"."enum_supervision_cases_kind" AS ENUM('guidance', 'inspection', 'deviation', 'feedback');
  CREATE TYPE "public"."enum_supervision_cases_status" AS ENUM('planned', 'open', 'answered', 'closed');
  CREATE TABLE "supervised_objects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_supervised_objects_kind" DEFAULT 'event' NOT NULL,
  	"status" "enum_supervised_objects_status" DEFAULT 'active' NOT NULL,
  	"address" varchar,
  	"municipality" varchar,
  	"starts_on" timestamp(3) with time zone,
  	"ends_on" timestamp(3) with time zone,
  	"case_id" integer,
  	"application_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supervised_objects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authorities_id" integer
  );
  
  CREATE TABLE "supervision_cases_findings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"observation" varchar,
  	"severity" "enum_supervision_cases_findings_severity",
  	"is_internal" boolean DEFAULT false
  );
  
  CREATE TABLE "supervision_cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"object_id" integer NOT NULL,
  	"kind" "enum_supervision_cases_kind" NOT NULL,
  	"status" "enum_supervision_cases_status" DEFAULT 'open' NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"acknowledgement_required" boolean DEFAULT false,
  	"planned_at" timestamp(3) with time zone,
  	"is_announced" boolean DEFAULT false,
  	"inspected_at" timestamp(3) with time zone,
  	"correction" varchar,
  	"how_to_show" varchar,
  	"deadline" varchar,
  	"deadline_service_days" numeric,
  	"related_inspection_id" integer,
  	"answer" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"answered_by_id" integer,
  	"application_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"authority_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supervision_cases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authorities_id" integer
  );
  
  ALTER TABLE "supervised_objects" ADD CONSTRAINT "supervised_objects_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervised_objects" ADD CONSTRAINT "supervised_objects_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervised_objects" ADD CONSTRAINT "supervised_objects_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervised_objects" ADD CONSTRAINT "supervised_objects_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervised_objects_rels" ADD CONSTRAINT "supervised_objects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."supervised_objects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supervised_objects_rels" ADD CONSTRAINT "supervised_objects_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supervision_cases_findings" ADD CONSTRAINT "supervision_cases_findings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."supervision_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_object_id_supervised_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."supervised_objects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_related_inspection_id_supervision_cases_id_fk" FOREIGN KEY ("related_inspection_id") REFERENCES "public"."supervision_cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases" ADD CONSTRAINT "supervision_cases_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_cases_rels" ADD CONSTRAINT "supervision_cases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."supervision_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supervision_cases_rels" ADD CONSTRAINT "supervision_cases_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "supervised_objects_case_idx" ON "supervised_objects" USING btree ("case_id");
  CREATE INDEX "supervised_objects_application_idx" ON "supervised_objects" USING btree ("application_id");
  CREATE INDEX "supervised_objects_applicant_idx" ON "supervised_objects" USING btree ("applicant_id");
  CREATE INDEX "supervised_objects_on_behalf_of_idx" ON "supervised_objects" USING btree ("on_behalf_of_id");
  CREATE INDEX "supervised_objects_updated_at_idx" ON "supervised_objects" USING btree ("updated_at");
  CREATE INDEX "supervised_objects_created_at_idx" ON "supervised_objects" USING btree ("created_at");
  CREATE INDEX "supervised_objects_rels_order_idx" ON "supervised_objects_rels" USING btree ("order");
  CREATE INDEX "supervised_objects_rels_parent_idx" ON "supervised_objects_rels" USING btree ("parent_id");
  CREATE INDEX "supervised_objects_rels_path_idx" ON "supervised_objects_rels" USING btree ("path");
  CREATE INDEX "supervised_objects_rels_authorities_id_idx" ON "supervised_objects_rels" USING btree ("authorities_id");
  CREATE INDEX "supervision_cases_findings_order_idx" ON "supervision_cases_findings" USING btree ("_order");
  CREATE INDEX "supervision_cases_findings_parent_id_idx" ON "supervision_cases_findings" USING btree ("_parent_id");
  CREATE INDEX "supervision_cases_object_idx" ON "supervision_cases" USING btree ("object_id");
  CREATE INDEX "supervision_cases_status_idx" ON "supervision_cases" USING btree ("status");
  CREATE INDEX "supervision_cases_related_inspection_idx" ON "supervision_cases" USING btree ("related_inspection_id");
  CREATE INDEX "supervision_cases_answered_by_idx" ON "supervision_cases" USING btree ("answered_by_id");
  CREATE INDEX "supervision_cases_application_idx" ON "supervision_cases" USING btree ("application_id");
  CREATE INDEX "supervision_cases_applicant_idx" ON "supervision_cases" USING btree ("applicant_id");
  CREATE INDEX "supervision_cases_on_behalf_of_idx" ON "supervision_cases" USING btree ("on_behalf_of_id");
  CREATE INDEX "supervision_cases_authority_idx" ON "supervision_cases" USING btree ("authority_id");
  CREATE INDEX "supervision_cases_updated_at_idx" ON "supervision_cases" USING btree ("updated_at");
  CREATE INDEX "supervision_cases_created_at_idx" ON "supervision_cases" USING btree ("created_at");
  CREATE INDEX "authority_status_deadline_idx" ON "supervision_cases" USING btree ("authority_id","status","deadline");
  CREATE INDEX "supervision_cases_rels_order_idx" ON "supervision_cases_rels" USING btree ("order");
  CREATE INDEX "supervision_cases_rels_parent_idx" ON "supervision_cases_rels" USING btree ("parent_id");
  CREATE INDEX "supervision_cases_rels_path_idx" ON "supervision_cases_rels" USING btree ("path");
  CREATE INDEX "supervision_cases_rels_authorities_id_idx" ON "supervision_cases_rels" USING btree ("authorities_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "supervised_objects" CASCADE;
  DROP TABLE "supervised_objects_rels" CASCADE;
  DROP TABLE "supervision_cases_findings" CASCADE;
  DROP TABLE "supervision_cases" CASCADE;
  DROP TABLE "supervision_cases_rels" CASCADE;
  DROP TYPE "public"."enum_supervised_objects_kind";
  DROP TYPE "public"."enum_supervised_objects_status";
  DROP TYPE "public"."enum_supervision_cases_findings_severity";
  DROP TYPE "public"."enum_supervision_cases_kind";
  DROP TYPE "public"."enum_supervision_cases_status";`)
}
