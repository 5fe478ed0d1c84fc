import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('owner', 'service-producer', 'authority-user', 'customer');
  CREATE TYPE "public"."enum_users_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_users_civil_servant_mandate_status" AS ENUM('valid', 'missing', 'unavailable');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('company', 'association', 'public-body');
  CREATE TYPE "public"."enum_authorities_connection_mode" AS ENUM('none', 'simplified', 'integration');
  CREATE TYPE "public"."enum_data_elements_type" AS ENUM('text', 'longText', 'email', 'phone', 'integer', 'number', 'boolean', 'date', 'time', 'select', 'multiSelect', 'businessId', 'postcode', 'attachment');
  CREATE TYPE "public"."enum_permit_types_connection_mode" AS ENUM('authority', 'simplified', 'integration');
  CREATE TYPE "public"."enum_permit_types_routing_kind" AS ENUM('by-municipality', 'fixed');
  CREATE TYPE "public"."enum_permit_types_lead_time_unit" AS ENUM('calendar-days', 'service-days');
  CREATE TYPE "public"."enum_service_descriptions_area_type" AS ENUM('Nationwide', 'NationwideExceptAlandIslands', 'LimitedType');
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
  CREATE TYPE "public"."enum_incidents_channel" AS ENUM('portal', 'email', 'phone', 'admin');
  CREATE TYPE "public"."enum_incidents_severity" AS ENUM('critical', 'major', 'minor');
  CREATE TYPE "public"."enum_incidents_status" AS ENUM('reported', 'responded', 'resolved');
  CREATE TYPE "public"."enum_incidents_sla_state" AS ENUM('on-track', 'at-risk', 'paused', 'breached', 'met');
  CREATE TYPE "public"."enum_service_requests_channel" AS ENUM('portal', 'email', 'phone', 'admin');
  CREATE TYPE "public"."enum_service_requests_kind" AS ENUM('critical', 'normal', 'joining', 'parameter-change', 'permit-type-removal', 'leaving');
  CREATE TYPE "public"."enum_service_requests_status" AS ENUM('received', 'in-progress', 'waiting-for-requester', 'done', 'rejected');
  CREATE TYPE "public"."enum_service_requests_sla_state" AS ENUM('on-track', 'at-risk', 'paused', 'breached', 'met');
  CREATE TYPE "public"."enum_service_requests_onboarding_connection_mode" AS ENUM('simplified', 'integration');
  CREATE TYPE "public"."enum_maintenance_notices_status" AS ENUM('draft', 'published', 'cancelled');
  CREATE TYPE "public"."enum_service_desk_emails_kind" AS ENUM('sla-reminder', 'sla-breach', 'maintenance');
  CREATE TYPE "public"."enum_service_desk_emails_status" AS ENUM('sending', 'sent', 'failed');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('observation', 'idea');
  CREATE TYPE "public"."enum_feedback_language" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'accepted', 'done', 'rejected');
  CREATE TYPE "public"."enum_availability_outages_failed_checks" AS ENUM('readyz', 'portal');
  CREATE TYPE "public"."enum_identities_idp" AS ENUM('suomifi', 'virtu');
  CREATE TYPE "public"."enum_identities_kind" AS ENUM('personal-identity-code', 'eidas-person-identifier', 'virtu-user');
  CREATE TYPE "public"."enum_saml_sessions_idp" AS ENUM('suomifi', 'virtu');
  CREATE TYPE "public"."enum_mandates_kind" AS ENUM('ypa', 'hpa');
  CREATE TYPE "public"."enum_mandate_flows_kind" AS ENUM('ypa', 'hpa');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'simplifiedReminder', 'simplifiedEscalation', 'serviceDeskSlaCheck', 'maintenanceNoticeEmails', 'availabilityProbe', 'expireMandates', 'checkCivilServantMandates');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverMessage', 'notifyCustomer', 'simplifiedReminder', 'simplifiedEscalation', 'serviceDeskSlaCheck', 'maintenanceNoticeEmails', 'availabilityProbe', 'expireMandates', 'checkCivilServantMandates');
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
  	"civil_servant_mandate_status" "enum_users_civil_servant_mandate_status",
  	"civil_servant_mandate_checked_at" timestamp(3) with time zone,
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
  	"is_area_from_catalogue" boolean DEFAULT true,
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
  
  CREATE TABLE "authorities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"permit_types_id" integer
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
  	"area_type" "enum_service_descriptions_area_type",
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
  
  CREATE TABLE "service_descriptions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
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
  	"mandate_id" integer,
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
  
  CREATE TABLE "incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"authority_id" integer,
  	"reported_by_id" integer,
  	"reporter_email" varchar,
  	"channel" "enum_incidents_channel" DEFAULT 'admin',
  	"reported_at" timestamp(3) with time zone,
  	"severity" "enum_incidents_severity",
  	"status" "enum_incidents_status" DEFAULT 'reported' NOT NULL,
  	"responded_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"response" varchar,
  	"resolution" varchar,
  	"response_due_at" timestamp(3) with time zone,
  	"response_used_hours" numeric,
  	"response_left_hours" numeric,
  	"is_response_breached" boolean,
  	"resolution_due_at" timestamp(3) with time zone,
  	"resolution_used_hours" numeric,
  	"resolution_left_hours" numeric,
  	"is_resolution_breached" boolean,
  	"sla_state" "enum_incidents_sla_state",
  	"sla_computed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_requests_pauses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"paused_at" timestamp(3) with time zone NOT NULL,
  	"resumed_at" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "service_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"authority_id" integer,
  	"requested_by_id" integer,
  	"requester_email" varchar,
  	"channel" "enum_service_requests_channel" DEFAULT 'admin',
  	"requested_at" timestamp(3) with time zone,
  	"kind" "enum_service_requests_kind" DEFAULT 'normal' NOT NULL,
  	"status" "enum_service_requests_status" DEFAULT 'received' NOT NULL,
  	"waiting_for" varchar,
  	"answer" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone,
  	"target_at" timestamp(3) with time zone,
  	"is_breached" boolean,
  	"is_past_target" boolean,
  	"used_hours" numeric,
  	"left_hours" numeric,
  	"paused_hours" numeric,
  	"sla_state" "enum_service_requests_sla_state",
  	"sla_computed_at" timestamp(3) with time zone,
  	"onboarding_name_fi" varchar,
  	"onboarding_name_sv" varchar,
  	"onboarding_name_en" varchar,
  	"onboarding_business_id" varchar,
  	"onboarding_notice_email" varchar,
  	"onboarding_authority_kind" varchar,
  	"onboarding_connection_mode" "enum_service_requests_onboarding_connection_mode",
  	"onboarding_endpoint_url" varchar,
  	"onboarding_setup_applied_at" timestamp(3) with time zone,
  	"onboarding_setup_authority_id" integer,
  	"onboarding_setup_is_authority_created" boolean,
  	"onboarding_setup_summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_requests_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "service_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"permit_types_id" integer
  );
  
  CREATE TABLE "maintenance_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_maintenance_notices_status" DEFAULT 'draft' NOT NULL,
  	"is_short_notice_accepted" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"emailed_at" timestamp(3) with time zone,
  	"emailed_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "maintenance_notices_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "service_desk_emails" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_service_desk_emails_kind" NOT NULL,
  	"record" varchar,
  	"to" varchar,
  	"subject" varchar,
  	"status" "enum_service_desk_emails_status" NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_feedback_kind" DEFAULT 'idea' NOT NULL,
  	"text" varchar NOT NULL,
  	"email" varchar,
  	"language" "enum_feedback_language",
  	"status" "enum_feedback_status" DEFAULT 'new' NOT NULL,
  	"public_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_outages_failed_checks" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_availability_outages_failed_checks",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "availability_outages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"ended_at" timestamp(3) with time zone,
  	"last_failed_at" timestamp(3) with time zone,
  	"failed_probes" numeric DEFAULT 0,
  	"last_problem" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "identities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idp" "enum_identities_idp" NOT NULL,
  	"kind" "enum_identities_kind" NOT NULL,
  	"subject_hash" varchar NOT NULL,
  	"sealed_subject" varchar NOT NULL,
  	"user_id" integer NOT NULL,
  	"home_organization" varchar,
  	"last_login_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "saml_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idp" "enum_saml_sessions_idp" NOT NULL,
  	"user_id" integer NOT NULL,
  	"sid" varchar NOT NULL,
  	"name_id" varchar NOT NULL,
  	"name_id_format" varchar,
  	"name_qualifier" varchar,
  	"sp_name_qualifier" varchar,
  	"session_index" varchar,
  	"loa" varchar,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "saml_cache" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" varchar,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mandates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"kind" "enum_mandates_kind" NOT NULL,
  	"organisation_id" integer,
  	"person_name" varchar,
  	"person_key" varchar,
  	"issue" varchar,
  	"has_added_organisation" boolean DEFAULT false,
  	"verified_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"ended_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mandates_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "mandate_flows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"sid" varchar NOT NULL,
  	"kind" "enum_mandate_flows_kind" NOT NULL,
  	"state_hash" varchar NOT NULL,
  	"web_api_session_id" varchar NOT NULL,
  	"return_to" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "principal_choices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"sid" varchar NOT NULL,
  	"mandate_id" integer NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
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
  
  CREATE TABLE "service_calendar_closed_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "service_calendar_closed_days_locales" (
  	"reason" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "service_calendar_changed_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone NOT NULL,
  	"opens_at" varchar NOT NULL,
  	"closes_at" varchar NOT NULL
  );
  
  CREATE TABLE "service_calendar_changed_hours_locales" (
  	"reason" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "service_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_locales" ADD CONSTRAINT "authorities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_texts" ADD CONSTRAINT "authorities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_rels" ADD CONSTRAINT "authorities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."authorities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authorities_rels" ADD CONSTRAINT "authorities_rels_permit_types_fk" FOREIGN KEY ("permit_types_id") REFERENCES "public"."permit_types"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "service_descriptions_texts" ADD CONSTRAINT "service_descriptions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_descriptions"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_credentials" ADD CONSTRAINT "integration_credentials_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_credentials" ADD CONSTRAINT "integration_credentials_service_user_id_users_id_fk" FOREIGN KEY ("service_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_credentials" ADD CONSTRAINT "integration_credentials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integration_idempotency_records" ADD CONSTRAINT "integration_idempotency_records_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests_pauses" ADD CONSTRAINT "service_requests_pauses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_onboarding_setup_authority_id_authorities_id_fk" FOREIGN KEY ("onboarding_setup_authority_id") REFERENCES "public"."authorities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests_texts" ADD CONSTRAINT "service_requests_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_rels" ADD CONSTRAINT "service_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_rels" ADD CONSTRAINT "service_requests_rels_permit_types_fk" FOREIGN KEY ("permit_types_id") REFERENCES "public"."permit_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "maintenance_notices_locales" ADD CONSTRAINT "maintenance_notices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."maintenance_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_outages_failed_checks" ADD CONSTRAINT "availability_outages_failed_checks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."availability_outages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "identities" ADD CONSTRAINT "identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saml_sessions" ADD CONSTRAINT "saml_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mandates" ADD CONSTRAINT "mandates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mandates" ADD CONSTRAINT "mandates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mandates_texts" ADD CONSTRAINT "mandates_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mandates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mandate_flows" ADD CONSTRAINT "mandate_flows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principal_choices" ADD CONSTRAINT "principal_choices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principal_choices" ADD CONSTRAINT "principal_choices_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_calendar_closed_days" ADD CONSTRAINT "service_calendar_closed_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_calendar_closed_days_locales" ADD CONSTRAINT "service_calendar_closed_days_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_calendar_closed_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_calendar_changed_hours" ADD CONSTRAINT "service_calendar_changed_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_calendar_changed_hours_locales" ADD CONSTRAINT "service_calendar_changed_hours_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_calendar_changed_hours"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "authorities_rels_order_idx" ON "authorities_rels" USING btree ("order");
  CREATE INDEX "authorities_rels_parent_idx" ON "authorities_rels" USING btree ("parent_id");
  CREATE INDEX "authorities_rels_path_idx" ON "authorities_rels" USING btree ("path");
  CREATE INDEX "authorities_rels_permit_types_id_idx" ON "authorities_rels" USING btree ("permit_types_id");
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
  CREATE INDEX "service_descriptions_texts_order_parent" ON "service_descriptions_texts" USING btree ("order","parent_id");
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
  CREATE INDEX "audit_log_mandate_idx" ON "audit_log" USING btree ("mandate_id");
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
  CREATE INDEX "incidents_authority_idx" ON "incidents" USING btree ("authority_id");
  CREATE INDEX "incidents_reported_by_idx" ON "incidents" USING btree ("reported_by_id");
  CREATE INDEX "incidents_reported_at_idx" ON "incidents" USING btree ("reported_at");
  CREATE INDEX "incidents_severity_idx" ON "incidents" USING btree ("severity");
  CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status");
  CREATE INDEX "incidents_response_due_at_idx" ON "incidents" USING btree ("response_due_at");
  CREATE INDEX "incidents_is_response_breached_idx" ON "incidents" USING btree ("is_response_breached");
  CREATE INDEX "incidents_resolution_due_at_idx" ON "incidents" USING btree ("resolution_due_at");
  CREATE INDEX "incidents_is_resolution_breached_idx" ON "incidents" USING btree ("is_resolution_breached");
  CREATE INDEX "incidents_sla_state_idx" ON "incidents" USING btree ("sla_state");
  CREATE INDEX "incidents_updated_at_idx" ON "incidents" USING btree ("updated_at");
  CREATE INDEX "incidents_created_at_idx" ON "incidents" USING btree ("created_at");
  CREATE INDEX "service_requests_pauses_order_idx" ON "service_requests_pauses" USING btree ("_order");
  CREATE INDEX "service_requests_pauses_parent_id_idx" ON "service_requests_pauses" USING btree ("_parent_id");
  CREATE INDEX "service_requests_authority_idx" ON "service_requests" USING btree ("authority_id");
  CREATE INDEX "service_requests_requested_by_idx" ON "service_requests" USING btree ("requested_by_id");
  CREATE INDEX "service_requests_requested_at_idx" ON "service_requests" USING btree ("requested_at");
  CREATE INDEX "service_requests_kind_idx" ON "service_requests" USING btree ("kind");
  CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status");
  CREATE INDEX "service_requests_due_at_idx" ON "service_requests" USING btree ("due_at");
  CREATE INDEX "service_requests_target_at_idx" ON "service_requests" USING btree ("target_at");
  CREATE INDEX "service_requests_is_breached_idx" ON "service_requests" USING btree ("is_breached");
  CREATE INDEX "service_requests_is_past_target_idx" ON "service_requests" USING btree ("is_past_target");
  CREATE INDEX "service_requests_sla_state_idx" ON "service_requests" USING btree ("sla_state");
  CREATE INDEX "service_requests_onboarding_setup_onboarding_setup_autho_idx" ON "service_requests" USING btree ("onboarding_setup_authority_id");
  CREATE INDEX "service_requests_updated_at_idx" ON "service_requests" USING btree ("updated_at");
  CREATE INDEX "service_requests_created_at_idx" ON "service_requests" USING btree ("created_at");
  CREATE INDEX "service_requests_texts_order_parent" ON "service_requests_texts" USING btree ("order","parent_id");
  CREATE INDEX "service_requests_rels_order_idx" ON "service_requests_rels" USING btree ("order");
  CREATE INDEX "service_requests_rels_parent_idx" ON "service_requests_rels" USING btree ("parent_id");
  CREATE INDEX "service_requests_rels_path_idx" ON "service_requests_rels" USING btree ("path");
  CREATE INDEX "service_requests_rels_permit_types_id_idx" ON "service_requests_rels" USING btree ("permit_types_id");
  CREATE INDEX "maintenance_notices_starts_at_idx" ON "maintenance_notices" USING btree ("starts_at");
  CREATE INDEX "maintenance_notices_ends_at_idx" ON "maintenance_notices" USING btree ("ends_at");
  CREATE INDEX "maintenance_notices_status_idx" ON "maintenance_notices" USING btree ("status");
  CREATE INDEX "maintenance_notices_updated_at_idx" ON "maintenance_notices" USING btree ("updated_at");
  CREATE INDEX "maintenance_notices_created_at_idx" ON "maintenance_notices" USING btree ("created_at");
  CREATE UNIQUE INDEX "maintenance_notices_locales_locale_parent_id_unique" ON "maintenance_notices_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "service_desk_emails_key_idx" ON "service_desk_emails" USING btree ("key");
  CREATE INDEX "service_desk_emails_kind_idx" ON "service_desk_emails" USING btree ("kind");
  CREATE INDEX "service_desk_emails_record_idx" ON "service_desk_emails" USING btree ("record");
  CREATE INDEX "service_desk_emails_updated_at_idx" ON "service_desk_emails" USING btree ("updated_at");
  CREATE INDEX "service_desk_emails_created_at_idx" ON "service_desk_emails" USING btree ("created_at");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "availability_outages_failed_checks_order_idx" ON "availability_outages_failed_checks" USING btree ("order");
  CREATE INDEX "availability_outages_failed_checks_parent_idx" ON "availability_outages_failed_checks" USING btree ("parent_id");
  CREATE INDEX "availability_outages_started_at_idx" ON "availability_outages" USING btree ("started_at");
  CREATE INDEX "availability_outages_ended_at_idx" ON "availability_outages" USING btree ("ended_at");
  CREATE INDEX "availability_outages_updated_at_idx" ON "availability_outages" USING btree ("updated_at");
  CREATE INDEX "availability_outages_created_at_idx" ON "availability_outages" USING btree ("created_at");
  CREATE INDEX "identities_user_idx" ON "identities" USING btree ("user_id");
  CREATE INDEX "identities_updated_at_idx" ON "identities" USING btree ("updated_at");
  CREATE INDEX "identities_created_at_idx" ON "identities" USING btree ("created_at");
  CREATE UNIQUE INDEX "idp_subjectHash_idx" ON "identities" USING btree ("idp","subject_hash");
  CREATE INDEX "saml_sessions_idp_idx" ON "saml_sessions" USING btree ("idp");
  CREATE INDEX "saml_sessions_user_idx" ON "saml_sessions" USING btree ("user_id");
  CREATE INDEX "saml_sessions_sid_idx" ON "saml_sessions" USING btree ("sid");
  CREATE INDEX "saml_sessions_name_id_idx" ON "saml_sessions" USING btree ("name_id");
  CREATE INDEX "saml_sessions_expires_at_idx" ON "saml_sessions" USING btree ("expires_at");
  CREATE INDEX "saml_sessions_updated_at_idx" ON "saml_sessions" USING btree ("updated_at");
  CREATE INDEX "saml_sessions_created_at_idx" ON "saml_sessions" USING btree ("created_at");
  CREATE UNIQUE INDEX "saml_cache_key_idx" ON "saml_cache" USING btree ("key");
  CREATE INDEX "saml_cache_expires_at_idx" ON "saml_cache" USING btree ("expires_at");
  CREATE INDEX "saml_cache_updated_at_idx" ON "saml_cache" USING btree ("updated_at");
  CREATE INDEX "saml_cache_created_at_idx" ON "saml_cache" USING btree ("created_at");
  CREATE INDEX "mandates_user_idx" ON "mandates" USING btree ("user_id");
  CREATE INDEX "mandates_organisation_idx" ON "mandates" USING btree ("organisation_id");
  CREATE INDEX "mandates_person_key_idx" ON "mandates" USING btree ("person_key");
  CREATE INDEX "mandates_expires_at_idx" ON "mandates" USING btree ("expires_at");
  CREATE INDEX "mandates_ended_at_idx" ON "mandates" USING btree ("ended_at");
  CREATE INDEX "mandates_updated_at_idx" ON "mandates" USING btree ("updated_at");
  CREATE INDEX "mandates_created_at_idx" ON "mandates" USING btree ("created_at");
  CREATE INDEX "mandates_texts_order_parent" ON "mandates_texts" USING btree ("order","parent_id");
  CREATE INDEX "mandate_flows_user_idx" ON "mandate_flows" USING btree ("user_id");
  CREATE UNIQUE INDEX "mandate_flows_state_hash_idx" ON "mandate_flows" USING btree ("state_hash");
  CREATE INDEX "mandate_flows_expires_at_idx" ON "mandate_flows" USING btree ("expires_at");
  CREATE INDEX "mandate_flows_updated_at_idx" ON "mandate_flows" USING btree ("updated_at");
  CREATE INDEX "mandate_flows_created_at_idx" ON "mandate_flows" USING btree ("created_at");
  CREATE INDEX "principal_choices_user_idx" ON "principal_choices" USING btree ("user_id");
  CREATE INDEX "principal_choices_sid_idx" ON "principal_choices" USING btree ("sid");
  CREATE INDEX "principal_choices_mandate_idx" ON "principal_choices" USING btree ("mandate_id");
  CREATE INDEX "principal_choices_expires_at_idx" ON "principal_choices" USING btree ("expires_at");
  CREATE INDEX "principal_choices_updated_at_idx" ON "principal_choices" USING btree ("updated_at");
  CREATE INDEX "principal_choices_created_at_idx" ON "principal_choices" USING btree ("created_at");
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
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "service_calendar_closed_days_order_idx" ON "service_calendar_closed_days" USING btree ("_order");
  CREATE INDEX "service_calendar_closed_days_parent_id_idx" ON "service_calendar_closed_days" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_calendar_closed_days_locales_locale_parent_id_unique" ON "service_calendar_closed_days_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "service_calendar_changed_hours_order_idx" ON "service_calendar_changed_hours" USING btree ("_order");
  CREATE INDEX "service_calendar_changed_hours_parent_id_idx" ON "service_calendar_changed_hours" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "service_calendar_changed_hours_locales_locale_parent_id_uniq" ON "service_calendar_changed_hours_locales" USING btree ("_locale","_parent_id");`)
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
  DROP TABLE "authorities_rels" CASCADE;
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
  DROP TABLE "service_descriptions_texts" CASCADE;
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
  DROP TABLE "incidents" CASCADE;
  DROP TABLE "service_requests_pauses" CASCADE;
  DROP TABLE "service_requests" CASCADE;
  DROP TABLE "service_requests_texts" CASCADE;
  DROP TABLE "service_requests_rels" CASCADE;
  DROP TABLE "maintenance_notices" CASCADE;
  DROP TABLE "maintenance_notices_locales" CASCADE;
  DROP TABLE "service_desk_emails" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "availability_outages_failed_checks" CASCADE;
  DROP TABLE "availability_outages" CASCADE;
  DROP TABLE "identities" CASCADE;
  DROP TABLE "saml_sessions" CASCADE;
  DROP TABLE "saml_cache" CASCADE;
  DROP TABLE "mandates" CASCADE;
  DROP TABLE "mandates_texts" CASCADE;
  DROP TABLE "mandate_flows" CASCADE;
  DROP TABLE "principal_choices" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "service_calendar_closed_days" CASCADE;
  DROP TABLE "service_calendar_closed_days_locales" CASCADE;
  DROP TABLE "service_calendar_changed_hours" CASCADE;
  DROP TABLE "service_calendar_changed_hours_locales" CASCADE;
  DROP TABLE "service_calendar" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_users_locale";
  DROP TYPE "public"."enum_users_civil_servant_mandate_status";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_authorities_connection_mode";
  DROP TYPE "public"."enum_data_elements_type";
  DROP TYPE "public"."enum_permit_types_connection_mode";
  DROP TYPE "public"."enum_permit_types_routing_kind";
  DROP TYPE "public"."enum_permit_types_lead_time_unit";
  DROP TYPE "public"."enum_service_descriptions_area_type";
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
  DROP TYPE "public"."enum_incidents_channel";
  DROP TYPE "public"."enum_incidents_severity";
  DROP TYPE "public"."enum_incidents_status";
  DROP TYPE "public"."enum_incidents_sla_state";
  DROP TYPE "public"."enum_service_requests_channel";
  DROP TYPE "public"."enum_service_requests_kind";
  DROP TYPE "public"."enum_service_requests_status";
  DROP TYPE "public"."enum_service_requests_sla_state";
  DROP TYPE "public"."enum_service_requests_onboarding_connection_mode";
  DROP TYPE "public"."enum_maintenance_notices_status";
  DROP TYPE "public"."enum_service_desk_emails_kind";
  DROP TYPE "public"."enum_service_desk_emails_status";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_language";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_availability_outages_failed_checks";
  DROP TYPE "public"."enum_identities_idp";
  DROP TYPE "public"."enum_identities_kind";
  DROP TYPE "public"."enum_saml_sessions_idp";
  DROP TYPE "public"."enum_mandates_kind";
  DROP TYPE "public"."enum_mandate_flows_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
