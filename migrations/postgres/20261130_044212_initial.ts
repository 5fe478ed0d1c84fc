import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('owner', 'service-producer', 'authority-user', 'customer');
  CREATE TYPE "public"."enum_users_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('company', 'association', 'public-body');
  CREATE TYPE "public"."enum_authorities_connection_mode" AS ENUM('none', 'simplified', 'integration');
  CREATE TYPE "public"."enum_data_elements_type" AS ENUM('text', 'longText', 'email', 'phone', 'integer', 'number', 'boolean', 'date', 'time', 'select', 'multiSelect', 'businessId', 'postcode');
  CREATE TYPE "public"."enum_permit_types_connection_mode" AS ENUM('authority', 'simplified', 'integration');
  CREATE TYPE "public"."enum_permit_types_routing_kind" AS ENUM('by-municipality', 'fixed');
  CREATE TYPE "public"."enum_permit_types_lead_time_unit" AS ENUM('calendar-days', 'service-days');
  CREATE TYPE "public"."enum_applications_status" AS ENUM('draft', 'submitted');
  CREATE TYPE "public"."enum_cases_status" AS ENUM('draft', 'submitted', 'delivered', 'received', 'in-processing', 'supplement-requested', 'supplemented', 'decided', 'withdrawn', 'cancelled');
  CREATE TYPE "public"."enum_cases_outcome" AS ENUM('granted', 'granted-with-conditions', 'rejected', 'acknowledged');
  CREATE TYPE "public"."enum_cases_delivery_state" AS ENUM('pending', 'delivered', 'failed', 'dead-lettered', 'not-configured');
  CREATE TYPE "public"."enum_case_events_type" AS ENUM('submitted', 'status-changed', 'delivery-attempted', 'delivered', 'delivery-failed', 'delivery-not-configured', 'changed', 'message', 'reminder-sent', 'escalated');
  CREATE TYPE "public"."enum_case_events_from_status" AS ENUM('draft', 'submitted', 'delivered', 'received', 'in-processing', 'supplement-requested', 'supplemented', 'decided', 'withdrawn', 'cancelled');
  CREATE TYPE "public"."enum_case_events_to_status" AS ENUM('draft', 'submitted', 'delivered', 'received', 'in-processing', 'supplement-requested', 'supplemented', 'decided', 'withdrawn', 'cancelled');
  CREATE TYPE "public"."enum_case_events_actor_kind" AS ENUM('system', 'customer', 'authority', 'staff');
  CREATE TYPE "public"."enum_messages_sender_kind" AS ENUM('system', 'customer', 'authority', 'staff');
  CREATE TYPE "public"."enum_supplement_requests_status" AS ENUM('open', 'answered', 'cancelled');
  CREATE TYPE "public"."enum_decisions_outcome" AS ENUM('granted', 'granted-with-conditions', 'rejected', 'acknowledged');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'submit', 'login', 'denied');
  CREATE TYPE "public"."enum_deliveries_event_type" AS ENUM('case.submitted', 'case.changed', 'case.supplemented', 'case.withdrawn', 'message.created');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('pending', 'retrying', 'delivered', 'dead-lettered', 'not-configured');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'simplifiedReminder', 'simplifiedEscalation');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'simplifiedReminder', 'simplifiedEscalation');
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
  	"role" "enum_users_role" DEFAULT 'customer' NOT NULL,
  	"authority_id" integer,
  	"is_demo" boolean DEFAULT false,
  	"is_service_account" boolean DEFAULT false,
  	"locale" "enum_users_locale" DEFAULT 'fi',
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
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"business_id" varchar NOT NULL,
  	"type" "enum_organisations_type" DEFAULT 'company' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authorities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" varchar NOT NULL,
  	"business_id" varchar,
  	"ptv_id" varchar,
  	"notice_email" varchar,
  	"connection_mode" "enum_authorities_connection_mode" DEFAULT 'none',
  	"is_active" boolean DEFAULT true,
  	"simplified_settings_notice_email_override" varchar,
  	"simplified_settings_reminder_after_service_hours" numeric DEFAULT 8,
  	"simplified_settings_escalate_after_service_hours" numeric DEFAULT 16,
  	"simplified_settings_backup_email" varchar,
  	"integration_settings_endpoint_url" varchar,
  	"integration_settings_secret_rotated_at" timestamp(3) with time zone,
  	"integration_settings_previous_secret_expires_at" timestamp(3) with time zone,
  	"integration_settings_signing_secret" varchar,
  	"integration_settings_previous_signing_secret" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authorities_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "authorities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "data_elements_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "data_elements_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "data_elements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_data_elements_type" DEFAULT 'text' NOT NULL,
  	"step" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"min" numeric,
  	"max" numeric,
  	"max_length" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "data_elements_locales" (
  	"label" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "permit_types_elements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"element_id" integer NOT NULL,
  	"is_required" boolean DEFAULT true
  );
  
  CREATE TABLE "permit_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"connection_mode" "enum_permit_types_connection_mode" DEFAULT 'authority',
  	"key" varchar NOT NULL,
  	"routing_kind" "enum_permit_types_routing_kind" DEFAULT 'by-municipality' NOT NULL,
  	"authority_id" integer,
  	"authority_kind" varchar,
  	"municipality_element" varchar DEFAULT 'municipality',
  	"lead_time_amount" numeric DEFAULT 14 NOT NULL,
  	"lead_time_unit" "enum_permit_types_lead_time_unit" DEFAULT 'calendar-days' NOT NULL,
  	"processing_days" numeric,
  	"legal_basis" varchar,
  	"ptv_service_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "permit_types_locales" (
  	"name" varchar NOT NULL,
  	"guidance" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "permit_bundles_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  CREATE TABLE "permit_bundles_steps_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "permit_bundles_permits_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rule_id" varchar NOT NULL,
  	"when" jsonb NOT NULL
  );
  
  CREATE TABLE "permit_bundles_permits_rules_locales" (
  	"reason" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "permit_bundles_permits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"permit_type_id" integer NOT NULL
  );
  
  CREATE TABLE "permit_bundles_permits_locales" (
  	"not_needed_reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "permit_bundles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"is_published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "permit_bundles_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "permit_bundles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"data_elements_id" integer
  );
  
  CREATE TABLE "service_descriptions_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "service_descriptions_channels_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "service_descriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"authority_id" integer,
  	"permit_type_id" integer,
  	"ptv_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_descriptions_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"bundle_id" integer NOT NULL,
  	"status" "enum_applications_status" DEFAULT 'draft' NOT NULL,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"answers" jsonb,
  	"values" jsonb,
  	"receipt_number" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "applications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"attachments_id" integer,
  	"authorities_id" integer
  );
  
  CREATE TABLE "cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_number" varchar NOT NULL,
  	"application_id" integer NOT NULL,
  	"permit_type_id" integer NOT NULL,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"authority_id" integer,
  	"status" "enum_cases_status" DEFAULT 'submitted' NOT NULL,
  	"outcome" "enum_cases_outcome",
  	"external_reference" varchar,
  	"data" jsonb,
  	"delivery_state" "enum_cases_delivery_state" DEFAULT 'pending',
  	"delivery_attempts" numeric DEFAULT 0,
  	"delivered_at" timestamp(3) with time zone,
  	"latest_submission_date" varchar,
  	"expected_decision_date" varchar,
  	"received_at" timestamp(3) with time zone,
  	"decided_at" timestamp(3) with time zone,
  	"opened_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "case_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"application_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"authority_id" integer,
  	"type" "enum_case_events_type" NOT NULL,
  	"from_status" "enum_case_events_from_status",
  	"to_status" "enum_case_events_to_status",
  	"actor_kind" "enum_case_events_actor_kind" NOT NULL,
  	"actor_id" integer,
  	"summary" varchar,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"application_id" integer NOT NULL,
  	"case_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"authority_id" integer,
  	"sender_id" integer,
  	"sender_kind" "enum_messages_sender_kind",
  	"is_internal" boolean DEFAULT false,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authorities_id" integer,
  	"attachments_id" integer
  );
  
  CREATE TABLE "supplement_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"application_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"authority_id" integer,
  	"requested_by_id" integer,
  	"what_is_missing" varchar NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_supplement_requests_status" DEFAULT 'open',
  	"answer" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supplement_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"attachments_id" integer
  );
  
  CREATE TABLE "decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"application_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"authority_id" integer,
  	"outcome" "enum_decisions_outcome" NOT NULL,
  	"summary" varchar NOT NULL,
  	"document_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"uploaded_by_id" integer,
  	"applicant_id" integer,
  	"on_behalf_of_id" integer,
  	"is_locked" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "attachments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"authorities_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"actor_id" integer,
  	"actor_role" varchar,
  	"on_behalf_of_id" integer,
  	"action" "enum_audit_log_action" NOT NULL,
  	"resource" varchar NOT NULL,
  	"resource_id" varchar,
  	"ip" varchar,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message_id" varchar NOT NULL,
  	"event_type" "enum_deliveries_event_type" NOT NULL,
  	"case_id" integer NOT NULL,
  	"authority_id" integer NOT NULL,
  	"mode" varchar,
  	"status" "enum_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"last_response" jsonb,
  	"receipt" jsonb,
  	"message" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "integration_credentials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"authority_id" integer NOT NULL,
  	"label" varchar NOT NULL,
  	"key_prefix" varchar NOT NULL,
  	"key_hash" varchar NOT NULL,
  	"service_user_id" integer,
  	"created_by_id" integer,
  	"revoked_at" timestamp(3) with time zone,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "integration_idempotency_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"authority_id" integer NOT NULL,
  	"key" varchar NOT NULL,
  	"request_hash" varchar NOT NULL,
  	"response_status" numeric NOT NULL,
  	"response_body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_locales" ADD CONSTRAINT "authorities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_texts" ADD CONSTRAINT "authorities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_elements_options" ADD CONSTRAINT "data_elements_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."data_elements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_elements_options_locales" ADD CONSTRAINT "data_elements_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."data_elements_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "data_elements_locales" ADD CONSTRAINT "data_elements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."data_elements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_types_elements" ADD CONSTRAINT "permit_types_elements_element_id_data_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."data_elements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_types_elements" ADD CONSTRAINT "permit_types_elements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_types" ADD CONSTRAINT "permit_types_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_types_locales" ADD CONSTRAINT "permit_types_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_steps" ADD CONSTRAINT "permit_bundles_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_steps_locales" ADD CONSTRAINT "permit_bundles_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_permits_rules" ADD CONSTRAINT "permit_bundles_permits_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles_permits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_permits_rules_locales" ADD CONSTRAINT "permit_bundles_permits_rules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles_permits_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_permits" ADD CONSTRAINT "permit_bundles_permits_permit_type_id_permit_types_id_fk" FOREIGN KEY ("permit_type_id") REFERENCES "public"."permit_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_bundles_permits" ADD CONSTRAINT "permit_bundles_permits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_permits_locales" ADD CONSTRAINT "permit_bundles_permits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles_permits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_locales" ADD CONSTRAINT "permit_bundles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."permit_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_rels" ADD CONSTRAINT "permit_bundles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."permit_bundles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "permit_bundles_rels" ADD CONSTRAINT "permit_bundles_rels_data_elements_fk" FOREIGN KEY ("data_elements_id") REFERENCES "public"."data_elements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_descriptions_channels" ADD CONSTRAINT "service_descriptions_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_descriptions_channels_locales" ADD CONSTRAINT "service_descriptions_channels_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_descriptions_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_descriptions" ADD CONSTRAINT "service_descriptions_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_descriptions" ADD CONSTRAINT "service_descriptions_permit_type_id_permit_types_id_fk" FOREIGN KEY ("permit_type_id") REFERENCES "public"."permit_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_descriptions_locales" ADD CONSTRAINT "service_descriptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_bundle_id_permit_bundles_id_fk" FOREIGN KEY ("bundle_id") REFERENCES "public"."permit_bundles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications_rels" ADD CONSTRAINT "applications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications_rels" ADD CONSTRAINT "applications_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications_rels" ADD CONSTRAINT "applications_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_permit_type_id_permit_types_id_fk" FOREIGN KEY ("permit_type_id") REFERENCES "public"."permit_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supplement_requests_rels" ADD CONSTRAINT "supplement_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."supplement_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supplement_requests_rels" ADD CONSTRAINT "supplement_requests_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_document_id_attachments_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments_rels" ADD CONSTRAINT "attachments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "attachments_rels" ADD CONSTRAINT "attachments_rels_authorities_fk" FOREIGN KEY ("authorities_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_on_behalf_of_id_organisations_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_credentials" ADD CONSTRAINT "integration_credentials_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_credentials" ADD CONSTRAINT "integration_credentials_service_user_id_users_id_fk" FOREIGN KEY ("service_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_credentials" ADD CONSTRAINT "integration_credentials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_idempotency_records" ADD CONSTRAINT "integration_idempotency_records_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_authority_idx" ON "users" USING btree ("authority_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_organisations_id_idx" ON "users_rels" USING btree ("organisations_id");
  CREATE UNIQUE INDEX "organisations_business_id_idx" ON "organisations" USING btree ("business_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "authorities_key_idx" ON "authorities" USING btree ("key");
  CREATE INDEX "authorities_kind_idx" ON "authorities" USING btree ("kind");
  CREATE INDEX "authorities_ptv_id_idx" ON "authorities" USING btree ("ptv_id");
  CREATE INDEX "authorities_updated_at_idx" ON "authorities" USING btree ("updated_at");
  CREATE INDEX "authorities_created_at_idx" ON "authorities" USING btree ("created_at");
  CREATE UNIQUE INDEX "authorities_locales_locale_parent_id_unique" ON "authorities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "authorities_texts_order_parent" ON "authorities_texts" USING btree ("order","parent_id");
  CREATE INDEX "data_elements_options_order_idx" ON "data_elements_options" USING btree ("_order");
  CREATE INDEX "data_elements_options_parent_id_idx" ON "data_elements_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "data_elements_options_locales_locale_parent_id_unique" ON "data_elements_options_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "data_elements_key_idx" ON "data_elements" USING btree ("key");
  CREATE INDEX "data_elements_updated_at_idx" ON "data_elements" USING btree ("updated_at");
  CREATE INDEX "data_elements_created_at_idx" ON "data_elements" USING btree ("created_at");
  CREATE UNIQUE INDEX "data_elements_locales_locale_parent_id_unique" ON "data_elements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "permit_types_elements_order_idx" ON "permit_types_elements" USING btree ("_order");
  CREATE INDEX "permit_types_elements_parent_id_idx" ON "permit_types_elements" USING btree ("_parent_id");
  CREATE INDEX "permit_types_elements_element_idx" ON "permit_types_elements" USING btree ("element_id");
  CREATE UNIQUE INDEX "permit_types_key_idx" ON "permit_types" USING btree ("key");
  CREATE INDEX "permit_types_authority_idx" ON "permit_types" USING btree ("authority_id");
  CREATE INDEX "permit_types_ptv_service_id_idx" ON "permit_types" USING btree ("ptv_service_id");
  CREATE INDEX "permit_types_updated_at_idx" ON "permit_types" USING btree ("updated_at");
  CREATE INDEX "permit_types_created_at_idx" ON "permit_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "permit_types_locales_locale_parent_id_unique" ON "permit_types_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "permit_bundles_steps_order_idx" ON "permit_bundles_steps" USING btree ("_order");
  CREATE INDEX "permit_bundles_steps_parent_id_idx" ON "permit_bundles_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "permit_bundles_steps_locales_locale_parent_id_unique" ON "permit_bundles_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "permit_bundles_permits_rules_order_idx" ON "permit_bundles_permits_rules" USING btree ("_order");
  CREATE INDEX "permit_bundles_permits_rules_parent_id_idx" ON "permit_bundles_permits_rules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "permit_bundles_permits_rules_locales_locale_parent_id_unique" ON "permit_bundles_permits_rules_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "permit_bundles_permits_order_idx" ON "permit_bundles_permits" USING btree ("_order");
  CREATE INDEX "permit_bundles_permits_parent_id_idx" ON "permit_bundles_permits" USING btree ("_parent_id");
  CREATE INDEX "permit_bundles_permits_permit_type_idx" ON "permit_bundles_permits" USING btree ("permit_type_id");
  CREATE UNIQUE INDEX "permit_bundles_permits_locales_locale_parent_id_unique" ON "permit_bundles_permits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "permit_bundles_key_idx" ON "permit_bundles" USING btree ("key");
  CREATE INDEX "permit_bundles_updated_at_idx" ON "permit_bundles" USING btree ("updated_at");
  CREATE INDEX "permit_bundles_created_at_idx" ON "permit_bundles" USING btree ("created_at");
  CREATE UNIQUE INDEX "permit_bundles_locales_locale_parent_id_unique" ON "permit_bundles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "permit_bundles_rels_order_idx" ON "permit_bundles_rels" USING btree ("order");
  CREATE INDEX "permit_bundles_rels_parent_idx" ON "permit_bundles_rels" USING btree ("parent_id");
  CREATE INDEX "permit_bundles_rels_path_idx" ON "permit_bundles_rels" USING btree ("path");
  CREATE INDEX "permit_bundles_rels_data_elements_id_idx" ON "permit_bundles_rels" USING btree ("data_elements_id");
  CREATE INDEX "service_descriptions_channels_order_idx" ON "service_descriptions_channels" USING btree ("_order");
  CREATE INDEX "service_descriptions_channels_parent_id_idx" ON "service_descriptions_channels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_descriptions_channels_locales_locale_parent_id_uniqu" ON "service_descriptions_channels_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "service_descriptions_authority_idx" ON "service_descriptions" USING btree ("authority_id");
  CREATE INDEX "service_descriptions_permit_type_idx" ON "service_descriptions" USING btree ("permit_type_id");
  CREATE UNIQUE INDEX "service_descriptions_ptv_id_idx" ON "service_descriptions" USING btree ("ptv_id");
  CREATE INDEX "service_descriptions_updated_at_idx" ON "service_descriptions" USING btree ("updated_at");
  CREATE INDEX "service_descriptions_created_at_idx" ON "service_descriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "service_descriptions_locales_locale_parent_id_unique" ON "service_descriptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "applications_bundle_idx" ON "applications" USING btree ("bundle_id");
  CREATE INDEX "applications_status_idx" ON "applications" USING btree ("status");
  CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_id");
  CREATE INDEX "applications_on_behalf_of_idx" ON "applications" USING btree ("on_behalf_of_id");
  CREATE UNIQUE INDEX "applications_receipt_number_idx" ON "applications" USING btree ("receipt_number");
  CREATE INDEX "applications_updated_at_idx" ON "applications" USING btree ("updated_at");
  CREATE INDEX "applications_created_at_idx" ON "applications" USING btree ("created_at");
  CREATE INDEX "applications_rels_order_idx" ON "applications_rels" USING btree ("order");
  CREATE INDEX "applications_rels_parent_idx" ON "applications_rels" USING btree ("parent_id");
  CREATE INDEX "applications_rels_path_idx" ON "applications_rels" USING btree ("path");
  CREATE INDEX "applications_rels_attachments_id_idx" ON "applications_rels" USING btree ("attachments_id");
  CREATE INDEX "applications_rels_authorities_id_idx" ON "applications_rels" USING btree ("authorities_id");
  CREATE UNIQUE INDEX "cases_case_number_idx" ON "cases" USING btree ("case_number");
  CREATE INDEX "cases_application_idx" ON "cases" USING btree ("application_id");
  CREATE INDEX "cases_permit_type_idx" ON "cases" USING btree ("permit_type_id");
  CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_id");
  CREATE INDEX "cases_on_behalf_of_idx" ON "cases" USING btree ("on_behalf_of_id");
  CREATE INDEX "cases_authority_idx" ON "cases" USING btree ("authority_id");
  CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");
  CREATE INDEX "cases_updated_at_idx" ON "cases" USING btree ("updated_at");
  CREATE INDEX "cases_created_at_idx" ON "cases" USING btree ("created_at");
  CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id");
  CREATE INDEX "case_events_application_idx" ON "case_events" USING btree ("application_id");
  CREATE INDEX "case_events_applicant_idx" ON "case_events" USING btree ("applicant_id");
  CREATE INDEX "case_events_on_behalf_of_idx" ON "case_events" USING btree ("on_behalf_of_id");
  CREATE INDEX "case_events_authority_idx" ON "case_events" USING btree ("authority_id");
  CREATE INDEX "case_events_actor_idx" ON "case_events" USING btree ("actor_id");
  CREATE INDEX "case_events_updated_at_idx" ON "case_events" USING btree ("updated_at");
  CREATE INDEX "case_events_created_at_idx" ON "case_events" USING btree ("created_at");
  CREATE INDEX "messages_application_idx" ON "messages" USING btree ("application_id");
  CREATE INDEX "messages_case_idx" ON "messages" USING btree ("case_id");
  CREATE INDEX "messages_applicant_idx" ON "messages" USING btree ("applicant_id");
  CREATE INDEX "messages_on_behalf_of_idx" ON "messages" USING btree ("on_behalf_of_id");
  CREATE INDEX "messages_authority_idx" ON "messages" USING btree ("authority_id");
  CREATE INDEX "messages_sender_idx" ON "messages" USING btree ("sender_id");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "messages_rels_order_idx" ON "messages_rels" USING btree ("order");
  CREATE INDEX "messages_rels_parent_idx" ON "messages_rels" USING btree ("parent_id");
  CREATE INDEX "messages_rels_path_idx" ON "messages_rels" USING btree ("path");
  CREATE INDEX "messages_rels_authorities_id_idx" ON "messages_rels" USING btree ("authorities_id");
  CREATE INDEX "messages_rels_attachments_id_idx" ON "messages_rels" USING btree ("attachments_id");
  CREATE INDEX "supplement_requests_case_idx" ON "supplement_requests" USING btree ("case_id");
  CREATE INDEX "supplement_requests_application_idx" ON "supplement_requests" USING btree ("application_id");
  CREATE INDEX "supplement_requests_applicant_idx" ON "supplement_requests" USING btree ("applicant_id");
  CREATE INDEX "supplement_requests_on_behalf_of_idx" ON "supplement_requests" USING btree ("on_behalf_of_id");
  CREATE INDEX "supplement_requests_authority_idx" ON "supplement_requests" USING btree ("authority_id");
  CREATE INDEX "supplement_requests_requested_by_idx" ON "supplement_requests" USING btree ("requested_by_id");
  CREATE INDEX "supplement_requests_updated_at_idx" ON "supplement_requests" USING btree ("updated_at");
  CREATE INDEX "supplement_requests_created_at_idx" ON "supplement_requests" USING btree ("created_at");
  CREATE INDEX "supplement_requests_rels_order_idx" ON "supplement_requests_rels" USING btree ("order");
  CREATE INDEX "supplement_requests_rels_parent_idx" ON "supplement_requests_rels" USING btree ("parent_id");
  CREATE INDEX "supplement_requests_rels_path_idx" ON "supplement_requests_rels" USING btree ("path");
  CREATE INDEX "supplement_requests_rels_attachments_id_idx" ON "supplement_requests_rels" USING btree ("attachments_id");
  CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("case_id");
  CREATE INDEX "decisions_application_idx" ON "decisions" USING btree ("application_id");
  CREATE INDEX "decisions_applicant_idx" ON "decisions" USING btree ("applicant_id");
  CREATE INDEX "decisions_on_behalf_of_idx" ON "decisions" USING btree ("on_behalf_of_id");
  CREATE INDEX "decisions_authority_idx" ON "decisions" USING btree ("authority_id");
  CREATE INDEX "decisions_document_idx" ON "decisions" USING btree ("document_id");
  CREATE INDEX "decisions_decided_by_idx" ON "decisions" USING btree ("decided_by_id");
  CREATE INDEX "decisions_updated_at_idx" ON "decisions" USING btree ("updated_at");
  CREATE INDEX "decisions_created_at_idx" ON "decisions" USING btree ("created_at");
  CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by_id");
  CREATE INDEX "attachments_applicant_idx" ON "attachments" USING btree ("applicant_id");
  CREATE INDEX "attachments_on_behalf_of_idx" ON "attachments" USING btree ("on_behalf_of_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "attachments_rels_order_idx" ON "attachments_rels" USING btree ("order");
  CREATE INDEX "attachments_rels_parent_idx" ON "attachments_rels" USING btree ("parent_id");
  CREATE INDEX "attachments_rels_path_idx" ON "attachments_rels" USING btree ("path");
  CREATE INDEX "attachments_rels_authorities_id_idx" ON "attachments_rels" USING btree ("authorities_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_on_behalf_of_idx" ON "audit_log" USING btree ("on_behalf_of_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_resource_idx" ON "audit_log" USING btree ("resource");
  CREATE INDEX "audit_log_resource_id_idx" ON "audit_log" USING btree ("resource_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliveries_message_id_idx" ON "deliveries" USING btree ("message_id");
  CREATE INDEX "deliveries_case_idx" ON "deliveries" USING btree ("case_id");
  CREATE INDEX "deliveries_authority_idx" ON "deliveries" USING btree ("authority_id");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "integration_credentials_authority_idx" ON "integration_credentials" USING btree ("authority_id");
  CREATE UNIQUE INDEX "integration_credentials_key_prefix_idx" ON "integration_credentials" USING btree ("key_prefix");
  CREATE INDEX "integration_credentials_service_user_idx" ON "integration_credentials" USING btree ("service_user_id");
  CREATE INDEX "integration_credentials_created_by_idx" ON "integration_credentials" USING btree ("created_by_id");
  CREATE INDEX "integration_credentials_revoked_at_idx" ON "integration_credentials" USING btree ("revoked_at");
  CREATE INDEX "integration_credentials_updated_at_idx" ON "integration_credentials" USING btree ("updated_at");
  CREATE INDEX "integration_credentials_created_at_idx" ON "integration_credentials" USING btree ("created_at");
  CREATE INDEX "integration_idempotency_records_authority_idx" ON "integration_idempotency_records" USING btree ("authority_id");
  CREATE INDEX "integration_idempotency_records_updated_at_idx" ON "integration_idempotency_records" USING btree ("updated_at");
  CREATE INDEX "integration_idempotency_records_created_at_idx" ON "integration_idempotency_records" USING btree ("created_at");
  CREATE UNIQUE INDEX "authority_key_idx" ON "integration_idempotency_records" USING btree ("authority_id","key");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "authorities" CASCADE;
  DROP TABLE "authorities_locales" CASCADE;
  DROP TABLE "authorities_texts" CASCADE;
  DROP TABLE "data_elements_options" CASCADE;
  DROP TABLE "data_elements_options_locales" CASCADE;
  DROP TABLE "data_elements" CASCADE;
  DROP TABLE "data_elements_locales" CASCADE;
  DROP TABLE "permit_types_elements" CASCADE;
  DROP TABLE "permit_types" CASCADE;
  DROP TABLE "permit_types_locales" CASCADE;
  DROP TABLE "permit_bundles_steps" CASCADE;
  DROP TABLE "permit_bundles_steps_locales" CASCADE;
  DROP TABLE "permit_bundles_permits_rules" CASCADE;
  DROP TABLE "permit_bundles_permits_rules_locales" CASCADE;
  DROP TABLE "permit_bundles_permits" CASCADE;
  DROP TABLE "permit_bundles_permits_locales" CASCADE;
  DROP TABLE "permit_bundles" CASCADE;
  DROP TABLE "permit_bundles_locales" CASCADE;
  DROP TABLE "permit_bundles_rels" CASCADE;
  DROP TABLE "service_descriptions_channels" CASCADE;
  DROP TABLE "service_descriptions_channels_locales" CASCADE;
  DROP TABLE "service_descriptions" CASCADE;
  DROP TABLE "service_descriptions_locales" CASCADE;
  DROP TABLE "applications" CASCADE;
  DROP TABLE "applications_rels" CASCADE;
  DROP TABLE "cases" CASCADE;
  DROP TABLE "case_events" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "messages_rels" CASCADE;
  DROP TABLE "supplement_requests" CASCADE;
  DROP TABLE "supplement_requests_rels" CASCADE;
  DROP TABLE "decisions" CASCADE;
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "attachments_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "integration_credentials" CASCADE;
  DROP TABLE "integration_idempotency_records" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_users_locale";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_authorities_connection_mode";
  DROP TYPE "public"."enum_data_elements_type";
  DROP TYPE "public"."enum_permit_types_connection_mode";
  DROP TYPE "public"."enum_permit_types_routing_kind";
  DROP TYPE "public"."enum_permit_types_lead_time_unit";
  DROP TYPE "public"."enum_applications_status";
  DROP TYPE "public"."enum_cases_status";
  DROP TYPE "public"."enum_cases_outcome";
  DROP TYPE "public"."enum_cases_delivery_state";
  DROP TYPE "public"."enum_case_events_type";
  DROP TYPE "public"."enum_case_events_from_status";
  DROP TYPE "public"."enum_case_events_to_status";
  DROP TYPE "public"."enum_case_events_actor_kind";
  DROP TYPE "public"."enum_messages_sender_kind";
  DROP TYPE "public"."enum_supplement_requests_status";
  DROP TYPE "public"."enum_decisions_outcome";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_deliveries_event_type";
  DROP TYPE "public"."enum_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
