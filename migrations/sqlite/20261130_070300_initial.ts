import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'customer' NOT NULL,
  	\`authority_id\` integer,
  	\`is_demo\` integer DEFAULT false,
  	\`is_service_account\` integer DEFAULT false,
  	\`locale\` text DEFAULT 'fi',
  	\`civil_servant_mandate_status\` text,
  	\`civil_servant_mandate_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_authority_idx\` ON \`users\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organisations_id_idx\` ON \`users_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`business_id\` text NOT NULL,
  	\`type\` text DEFAULT 'company' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_business_id_idx\` ON \`organisations\` (\`business_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`authorities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`business_id\` text,
  	\`ptv_id\` text,
  	\`notice_email\` text,
  	\`connection_mode\` text DEFAULT 'none',
  	\`is_active\` integer DEFAULT true,
  	\`simplified_settings_notice_email_override\` text,
  	\`simplified_settings_reminder_after_service_hours\` numeric DEFAULT 8,
  	\`simplified_settings_escalate_after_service_hours\` numeric DEFAULT 16,
  	\`simplified_settings_backup_email\` text,
  	\`integration_settings_endpoint_url\` text,
  	\`integration_settings_secret_rotated_at\` text,
  	\`integration_settings_previous_secret_expires_at\` text,
  	\`integration_settings_signing_secret\` text,
  	\`integration_settings_previous_signing_secret\` text,
  	\`is_area_from_catalogue\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_key_idx\` ON \`authorities\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`authorities_kind_idx\` ON \`authorities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`authorities_ptv_id_idx\` ON \`authorities\` (\`ptv_id\`);`)
  await db.run(sql`CREATE INDEX \`authorities_updated_at_idx\` ON \`authorities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authorities_created_at_idx\` ON \`authorities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`authorities_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authorities_locales_locale_parent_id_unique\` ON \`authorities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`authorities_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authorities_texts_order_parent\` ON \`authorities_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`authorities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`permit_types_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`permit_types_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`authorities_rels_order_idx\` ON \`authorities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`authorities_rels_parent_idx\` ON \`authorities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`authorities_rels_path_idx\` ON \`authorities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`authorities_rels_permit_types_id_idx\` ON \`authorities_rels\` (\`permit_types_id\`);`)
  await db.run(sql`CREATE TABLE \`data_elements_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`data_elements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`data_elements_options_order_idx\` ON \`data_elements_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`data_elements_options_parent_id_idx\` ON \`data_elements_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`data_elements_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`data_elements_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`data_elements_options_locales_locale_parent_id_unique\` ON \`data_elements_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`data_elements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`type\` text DEFAULT 'text' NOT NULL,
  	\`step\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`max_length\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`data_elements_key_idx\` ON \`data_elements\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`data_elements_updated_at_idx\` ON \`data_elements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_elements_created_at_idx\` ON \`data_elements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`data_elements_locales\` (
  	\`label\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`data_elements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`data_elements_locales_locale_parent_id_unique\` ON \`data_elements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_types_elements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`element_id\` integer NOT NULL,
  	\`is_required\` integer DEFAULT true,
  	FOREIGN KEY (\`element_id\`) REFERENCES \`data_elements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`permit_types_elements_order_idx\` ON \`permit_types_elements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_elements_parent_id_idx\` ON \`permit_types_elements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_elements_element_idx\` ON \`permit_types_elements\` (\`element_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_types\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`connection_mode\` text DEFAULT 'authority',
  	\`key\` text NOT NULL,
  	\`routing_kind\` text DEFAULT 'by-municipality' NOT NULL,
  	\`authority_id\` integer,
  	\`authority_kind\` text,
  	\`municipality_element\` text DEFAULT 'municipality',
  	\`lead_time_amount\` numeric DEFAULT 14 NOT NULL,
  	\`lead_time_unit\` text DEFAULT 'calendar-days' NOT NULL,
  	\`processing_days\` numeric,
  	\`legal_basis\` text,
  	\`ptv_service_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_types_key_idx\` ON \`permit_types\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_authority_idx\` ON \`permit_types\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_ptv_service_id_idx\` ON \`permit_types\` (\`ptv_service_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_updated_at_idx\` ON \`permit_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_created_at_idx\` ON \`permit_types\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`permit_types_locales\` (
  	\`name\` text NOT NULL,
  	\`guidance\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_types_locales_locale_parent_id_unique\` ON \`permit_types_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`permit_bundles_steps_order_idx\` ON \`permit_bundles_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_steps_parent_id_idx\` ON \`permit_bundles_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_steps_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_bundles_steps_locales_locale_parent_id_unique\` ON \`permit_bundles_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_permits_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`rule_id\` text NOT NULL,
  	\`when\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles_permits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`permit_bundles_permits_rules_order_idx\` ON \`permit_bundles_permits_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_permits_rules_parent_id_idx\` ON \`permit_bundles_permits_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_permits_rules_locales\` (
  	\`reason\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles_permits_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_bundles_permits_rules_locales_locale_parent_id_unique\` ON \`permit_bundles_permits_rules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_permits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`permit_type_id\` integer NOT NULL,
  	FOREIGN KEY (\`permit_type_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`permit_bundles_permits_order_idx\` ON \`permit_bundles_permits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_permits_parent_id_idx\` ON \`permit_bundles_permits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_permits_permit_type_idx\` ON \`permit_bundles_permits\` (\`permit_type_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_permits_locales\` (
  	\`not_needed_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles_permits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_bundles_permits_locales_locale_parent_id_unique\` ON \`permit_bundles_permits_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`is_published\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_bundles_key_idx\` ON \`permit_bundles\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_updated_at_idx\` ON \`permit_bundles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_created_at_idx\` ON \`permit_bundles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`permit_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`permit_bundles_locales_locale_parent_id_unique\` ON \`permit_bundles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`permit_bundles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`data_elements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`permit_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`data_elements_id\`) REFERENCES \`data_elements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`permit_bundles_rels_order_idx\` ON \`permit_bundles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_rels_parent_idx\` ON \`permit_bundles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_rels_path_idx\` ON \`permit_bundles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_rels_data_elements_id_idx\` ON \`permit_bundles_rels\` (\`data_elements_id\`);`)
  await db.run(sql`CREATE TABLE \`service_descriptions_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_descriptions_channels_order_idx\` ON \`service_descriptions_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_descriptions_channels_parent_id_idx\` ON \`service_descriptions_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_descriptions_channels_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_descriptions_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_descriptions_channels_locales_locale_parent_id_uniqu\` ON \`service_descriptions_channels_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_descriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authority_id\` integer,
  	\`permit_type_id\` integer,
  	\`ptv_id\` text,
  	\`area_type\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`permit_type_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_descriptions_authority_idx\` ON \`service_descriptions\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`service_descriptions_permit_type_idx\` ON \`service_descriptions\` (\`permit_type_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_descriptions_ptv_id_idx\` ON \`service_descriptions\` (\`ptv_id\`);`)
  await db.run(sql`CREATE INDEX \`service_descriptions_updated_at_idx\` ON \`service_descriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_descriptions_created_at_idx\` ON \`service_descriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_descriptions_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_descriptions_locales_locale_parent_id_unique\` ON \`service_descriptions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_descriptions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_descriptions_texts_order_parent\` ON \`service_descriptions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`bundle_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`answers\` text,
  	\`values\` text,
  	\`receipt_number\` text,
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`bundle_id\`) REFERENCES \`permit_bundles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_bundle_idx\` ON \`applications\` (\`bundle_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_status_idx\` ON \`applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`applications_applicant_idx\` ON \`applications\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_on_behalf_of_idx\` ON \`applications\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_receipt_number_idx\` ON \`applications\` (\`receipt_number\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`applications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	\`authorities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`applications_rels_order_idx\` ON \`applications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_parent_idx\` ON \`applications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_path_idx\` ON \`applications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_attachments_id_idx\` ON \`applications_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_rels_authorities_id_idx\` ON \`applications_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE TABLE \`cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_number\` text NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`permit_type_id\` integer NOT NULL,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`outcome\` text,
  	\`external_reference\` text,
  	\`data\` text,
  	\`delivery_state\` text DEFAULT 'pending',
  	\`delivery_attempts\` numeric DEFAULT 0,
  	\`delivered_at\` text,
  	\`latest_submission_date\` text,
  	\`expected_decision_date\` text,
  	\`received_at\` text,
  	\`decided_at\` text,
  	\`opened_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`permit_type_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_case_number_idx\` ON \`cases\` (\`case_number\`);`)
  await db.run(sql`CREATE INDEX \`cases_application_idx\` ON \`cases\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_permit_type_idx\` ON \`cases\` (\`permit_type_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_applicant_idx\` ON \`cases\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_on_behalf_of_idx\` ON \`cases\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_authority_idx\` ON \`cases\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_status_idx\` ON \`cases\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`case_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`application_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`type\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`actor_kind\` text NOT NULL,
  	\`actor_id\` integer,
  	\`summary\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_events_case_idx\` ON \`case_events\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_events_application_idx\` ON \`case_events\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`case_events_applicant_idx\` ON \`case_events\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`case_events_on_behalf_of_idx\` ON \`case_events\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`case_events_authority_idx\` ON \`case_events\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`case_events_actor_idx\` ON \`case_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`case_events_updated_at_idx\` ON \`case_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_events_created_at_idx\` ON \`case_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`case_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`sender_id\` integer,
  	\`sender_kind\` text,
  	\`is_internal\` integer DEFAULT false,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sender_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_application_idx\` ON \`messages\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_case_idx\` ON \`messages\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_applicant_idx\` ON \`messages\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_on_behalf_of_idx\` ON \`messages\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_authority_idx\` ON \`messages\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_sender_idx\` ON \`messages\` (\`sender_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_updated_at_idx\` ON \`messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_created_at_idx\` ON \`messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authorities_id\` integer,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_rels_order_idx\` ON \`messages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_parent_idx\` ON \`messages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_path_idx\` ON \`messages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_authorities_id_idx\` ON \`messages_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_rels_attachments_id_idx\` ON \`messages_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`supplement_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`application_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`requested_by_id\` integer,
  	\`what_is_missing\` text NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`status\` text DEFAULT 'open',
  	\`answer\` text,
  	\`answered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`supplement_requests_case_idx\` ON \`supplement_requests\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_application_idx\` ON \`supplement_requests\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_applicant_idx\` ON \`supplement_requests\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_on_behalf_of_idx\` ON \`supplement_requests\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_authority_idx\` ON \`supplement_requests\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_requested_by_idx\` ON \`supplement_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_updated_at_idx\` ON \`supplement_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_created_at_idx\` ON \`supplement_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`supplement_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`supplement_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`supplement_requests_rels_order_idx\` ON \`supplement_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_rels_parent_idx\` ON \`supplement_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_rels_path_idx\` ON \`supplement_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`supplement_requests_rels_attachments_id_idx\` ON \`supplement_requests_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`application_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`outcome\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`document_id\` integer,
  	\`decided_at\` text,
  	\`decided_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`decisions_case_idx\` ON \`decisions\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_application_idx\` ON \`decisions\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_applicant_idx\` ON \`decisions\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_on_behalf_of_idx\` ON \`decisions\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_authority_idx\` ON \`decisions\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_document_idx\` ON \`decisions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_decided_by_idx\` ON \`decisions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_updated_at_idx\` ON \`decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_created_at_idx\` ON \`decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`description\` text,
  	\`uploaded_by_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`is_locked\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_uploaded_by_idx\` ON \`attachments\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_applicant_idx\` ON \`attachments\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_on_behalf_of_idx\` ON \`attachments\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`attachments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authorities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_rels_order_idx\` ON \`attachments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`attachments_rels_parent_idx\` ON \`attachments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_rels_path_idx\` ON \`attachments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`attachments_rels_authorities_id_idx\` ON \`attachments_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`actor_id\` integer,
  	\`actor_role\` text,
  	\`on_behalf_of_id\` integer,
  	\`action\` text NOT NULL,
  	\`resource\` text NOT NULL,
  	\`resource_id\` text,
  	\`ip\` text,
  	\`detail\` text,
  	\`mandate_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mandate_id\`) REFERENCES \`mandates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_on_behalf_of_idx\` ON \`audit_log\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_resource_idx\` ON \`audit_log\` (\`resource\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_resource_id_idx\` ON \`audit_log\` (\`resource_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_mandate_idx\` ON \`audit_log\` (\`mandate_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`message_id\` text NOT NULL,
  	\`event_type\` text NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`authority_id\` integer NOT NULL,
  	\`mode\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`delivered_at\` text,
  	\`last_error\` text,
  	\`last_response\` text,
  	\`receipt\` text,
  	\`message\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_message_id_idx\` ON \`deliveries\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_case_idx\` ON \`deliveries\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_authority_idx\` ON \`deliveries\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`integration_credentials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authority_id\` integer NOT NULL,
  	\`label\` text NOT NULL,
  	\`key_prefix\` text NOT NULL,
  	\`key_hash\` text NOT NULL,
  	\`service_user_id\` integer,
  	\`created_by_id\` integer,
  	\`revoked_at\` text,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`integration_credentials_authority_idx\` ON \`integration_credentials\` (\`authority_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`integration_credentials_key_prefix_idx\` ON \`integration_credentials\` (\`key_prefix\`);`)
  await db.run(sql`CREATE INDEX \`integration_credentials_service_user_idx\` ON \`integration_credentials\` (\`service_user_id\`);`)
  await db.run(sql`CREATE INDEX \`integration_credentials_created_by_idx\` ON \`integration_credentials\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`integration_credentials_revoked_at_idx\` ON \`integration_credentials\` (\`revoked_at\`);`)
  await db.run(sql`CREATE INDEX \`integration_credentials_updated_at_idx\` ON \`integration_credentials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integration_credentials_created_at_idx\` ON \`integration_credentials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`integration_idempotency_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authority_id\` integer NOT NULL,
  	\`key\` text NOT NULL,
  	\`request_hash\` text NOT NULL,
  	\`response_status\` numeric NOT NULL,
  	\`response_body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`integration_idempotency_records_authority_idx\` ON \`integration_idempotency_records\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`integration_idempotency_records_updated_at_idx\` ON \`integration_idempotency_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integration_idempotency_records_created_at_idx\` ON \`integration_idempotency_records\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`authority_key_idx\` ON \`integration_idempotency_records\` (\`authority_id\`,\`key\`);`)
  await db.run(sql`CREATE TABLE \`incidents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`authority_id\` integer,
  	\`reported_by_id\` integer,
  	\`reporter_email\` text,
  	\`channel\` text DEFAULT 'admin',
  	\`reported_at\` text,
  	\`severity\` text,
  	\`status\` text DEFAULT 'reported' NOT NULL,
  	\`responded_at\` text,
  	\`resolved_at\` text,
  	\`response\` text,
  	\`resolution\` text,
  	\`response_due_at\` text,
  	\`response_used_hours\` numeric,
  	\`response_left_hours\` numeric,
  	\`is_response_breached\` integer,
  	\`resolution_due_at\` text,
  	\`resolution_used_hours\` numeric,
  	\`resolution_left_hours\` numeric,
  	\`is_resolution_breached\` integer,
  	\`sla_state\` text,
  	\`sla_computed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`incidents_authority_idx\` ON \`incidents\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`incidents_reported_by_idx\` ON \`incidents\` (\`reported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`incidents_reported_at_idx\` ON \`incidents\` (\`reported_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_severity_idx\` ON \`incidents\` (\`severity\`);`)
  await db.run(sql`CREATE INDEX \`incidents_status_idx\` ON \`incidents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`incidents_response_due_at_idx\` ON \`incidents\` (\`response_due_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_is_response_breached_idx\` ON \`incidents\` (\`is_response_breached\`);`)
  await db.run(sql`CREATE INDEX \`incidents_resolution_due_at_idx\` ON \`incidents\` (\`resolution_due_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_is_resolution_breached_idx\` ON \`incidents\` (\`is_resolution_breached\`);`)
  await db.run(sql`CREATE INDEX \`incidents_sla_state_idx\` ON \`incidents\` (\`sla_state\`);`)
  await db.run(sql`CREATE INDEX \`incidents_updated_at_idx\` ON \`incidents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`incidents_created_at_idx\` ON \`incidents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_pauses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`paused_at\` text NOT NULL,
  	\`resumed_at\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_pauses_order_idx\` ON \`service_requests_pauses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_pauses_parent_id_idx\` ON \`service_requests_pauses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`authority_id\` integer,
  	\`requested_by_id\` integer,
  	\`requester_email\` text,
  	\`channel\` text DEFAULT 'admin',
  	\`requested_at\` text,
  	\`kind\` text DEFAULT 'normal' NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`waiting_for\` text,
  	\`answer\` text,
  	\`closed_at\` text,
  	\`due_at\` text,
  	\`target_at\` text,
  	\`is_breached\` integer,
  	\`is_past_target\` integer,
  	\`used_hours\` numeric,
  	\`left_hours\` numeric,
  	\`paused_hours\` numeric,
  	\`sla_state\` text,
  	\`sla_computed_at\` text,
  	\`onboarding_name_fi\` text,
  	\`onboarding_name_sv\` text,
  	\`onboarding_name_en\` text,
  	\`onboarding_business_id\` text,
  	\`onboarding_notice_email\` text,
  	\`onboarding_authority_kind\` text,
  	\`onboarding_connection_mode\` text,
  	\`onboarding_endpoint_url\` text,
  	\`onboarding_setup_applied_at\` text,
  	\`onboarding_setup_authority_id\` integer,
  	\`onboarding_setup_is_authority_created\` integer,
  	\`onboarding_setup_summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`onboarding_setup_authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_authority_idx\` ON \`service_requests\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_requested_by_idx\` ON \`service_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_requested_at_idx\` ON \`service_requests\` (\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_kind_idx\` ON \`service_requests\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_status_idx\` ON \`service_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_due_at_idx\` ON \`service_requests\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_target_at_idx\` ON \`service_requests\` (\`target_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_is_breached_idx\` ON \`service_requests\` (\`is_breached\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_is_past_target_idx\` ON \`service_requests\` (\`is_past_target\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_sla_state_idx\` ON \`service_requests\` (\`sla_state\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_onboarding_setup_onboarding_setup_autho_idx\` ON \`service_requests\` (\`onboarding_setup_authority_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_updated_at_idx\` ON \`service_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_created_at_idx\` ON \`service_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_texts_order_parent\` ON \`service_requests_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`permit_types_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`permit_types_id\`) REFERENCES \`permit_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_requests_rels_order_idx\` ON \`service_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_parent_idx\` ON \`service_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_path_idx\` ON \`service_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_requests_rels_permit_types_id_idx\` ON \`service_requests_rels\` (\`permit_types_id\`);`)
  await db.run(sql`CREATE TABLE \`maintenance_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`is_short_notice_accepted\` integer DEFAULT false,
  	\`published_at\` text,
  	\`emailed_at\` text,
  	\`emailed_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`maintenance_notices_starts_at_idx\` ON \`maintenance_notices\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_ends_at_idx\` ON \`maintenance_notices\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_status_idx\` ON \`maintenance_notices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_updated_at_idx\` ON \`maintenance_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`maintenance_notices_created_at_idx\` ON \`maintenance_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`maintenance_notices_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maintenance_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`maintenance_notices_locales_locale_parent_id_unique\` ON \`maintenance_notices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_desk_emails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`record\` text,
  	\`to\` text,
  	\`subject\` text,
  	\`status\` text NOT NULL,
  	\`claimed_at\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_desk_emails_key_idx\` ON \`service_desk_emails\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`service_desk_emails_kind_idx\` ON \`service_desk_emails\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`service_desk_emails_record_idx\` ON \`service_desk_emails\` (\`record\`);`)
  await db.run(sql`CREATE INDEX \`service_desk_emails_updated_at_idx\` ON \`service_desk_emails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_desk_emails_created_at_idx\` ON \`service_desk_emails\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'idea' NOT NULL,
  	\`text\` text NOT NULL,
  	\`email\` text,
  	\`language\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`public_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`availability_outages_failed_checks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`availability_outages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`availability_outages_failed_checks_order_idx\` ON \`availability_outages_failed_checks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`availability_outages_failed_checks_parent_idx\` ON \`availability_outages_failed_checks\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`availability_outages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`ended_at\` text,
  	\`last_failed_at\` text,
  	\`failed_probes\` numeric DEFAULT 0,
  	\`last_problem\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`availability_outages_started_at_idx\` ON \`availability_outages\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_outages_ended_at_idx\` ON \`availability_outages\` (\`ended_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_outages_updated_at_idx\` ON \`availability_outages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_outages_created_at_idx\` ON \`availability_outages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`identities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idp\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`subject_hash\` text NOT NULL,
  	\`sealed_subject\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`home_organization\` text,
  	\`last_login_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`identities_user_idx\` ON \`identities\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`identities_updated_at_idx\` ON \`identities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`identities_created_at_idx\` ON \`identities\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`idp_subjectHash_idx\` ON \`identities\` (\`idp\`,\`subject_hash\`);`)
  await db.run(sql`CREATE TABLE \`saml_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idp\` text NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`sid\` text NOT NULL,
  	\`name_id\` text NOT NULL,
  	\`name_id_format\` text,
  	\`name_qualifier\` text,
  	\`sp_name_qualifier\` text,
  	\`session_index\` text,
  	\`loa\` text,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`saml_sessions_idp_idx\` ON \`saml_sessions\` (\`idp\`);`)
  await db.run(sql`CREATE INDEX \`saml_sessions_user_idx\` ON \`saml_sessions\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`saml_sessions_sid_idx\` ON \`saml_sessions\` (\`sid\`);`)
  await db.run(sql`CREATE INDEX \`saml_sessions_name_id_idx\` ON \`saml_sessions\` (\`name_id\`);`)
  await db.run(sql`CREATE INDEX \`saml_sessions_expires_at_idx\` ON \`saml_sessions\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`saml_sessions_updated_at_idx\` ON \`saml_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`saml_sessions_created_at_idx\` ON \`saml_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`saml_cache\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` text,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`saml_cache_key_idx\` ON \`saml_cache\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`saml_cache_expires_at_idx\` ON \`saml_cache\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`saml_cache_updated_at_idx\` ON \`saml_cache\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`saml_cache_created_at_idx\` ON \`saml_cache\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mandates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`organisation_id\` integer,
  	\`person_name\` text,
  	\`person_key\` text,
  	\`issue\` text,
  	\`has_added_organisation\` integer DEFAULT false,
  	\`verified_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`ended_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mandates_user_idx\` ON \`mandates\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`mandates_organisation_idx\` ON \`mandates\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`mandates_person_key_idx\` ON \`mandates\` (\`person_key\`);`)
  await db.run(sql`CREATE INDEX \`mandates_expires_at_idx\` ON \`mandates\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`mandates_ended_at_idx\` ON \`mandates\` (\`ended_at\`);`)
  await db.run(sql`CREATE INDEX \`mandates_updated_at_idx\` ON \`mandates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mandates_created_at_idx\` ON \`mandates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mandates_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mandates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mandates_texts_order_parent\` ON \`mandates_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mandate_flows\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`sid\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`state_hash\` text NOT NULL,
  	\`web_api_session_id\` text NOT NULL,
  	\`return_to\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mandate_flows_user_idx\` ON \`mandate_flows\` (\`user_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mandate_flows_state_hash_idx\` ON \`mandate_flows\` (\`state_hash\`);`)
  await db.run(sql`CREATE INDEX \`mandate_flows_expires_at_idx\` ON \`mandate_flows\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`mandate_flows_updated_at_idx\` ON \`mandate_flows\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mandate_flows_created_at_idx\` ON \`mandate_flows\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`principal_choices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`sid\` text NOT NULL,
  	\`mandate_id\` integer NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mandate_id\`) REFERENCES \`mandates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`principal_choices_user_idx\` ON \`principal_choices\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`principal_choices_sid_idx\` ON \`principal_choices\` (\`sid\`);`)
  await db.run(sql`CREATE INDEX \`principal_choices_mandate_idx\` ON \`principal_choices\` (\`mandate_id\`);`)
  await db.run(sql`CREATE INDEX \`principal_choices_expires_at_idx\` ON \`principal_choices\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`principal_choices_updated_at_idx\` ON \`principal_choices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`principal_choices_created_at_idx\` ON \`principal_choices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`service_calendar_closed_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_calendar_closed_days_order_idx\` ON \`service_calendar_closed_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_calendar_closed_days_parent_id_idx\` ON \`service_calendar_closed_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_calendar_closed_days_locales\` (
  	\`reason\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_calendar_closed_days\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_calendar_closed_days_locales_locale_parent_id_unique\` ON \`service_calendar_closed_days_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_calendar_changed_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_calendar_changed_hours_order_idx\` ON \`service_calendar_changed_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_calendar_changed_hours_parent_id_idx\` ON \`service_calendar_changed_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_calendar_changed_hours_locales\` (
  	\`reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_calendar_changed_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_calendar_changed_hours_locales_locale_parent_id_uniq\` ON \`service_calendar_changed_hours_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`authorities\`;`)
  await db.run(sql`DROP TABLE \`authorities_locales\`;`)
  await db.run(sql`DROP TABLE \`authorities_texts\`;`)
  await db.run(sql`DROP TABLE \`authorities_rels\`;`)
  await db.run(sql`DROP TABLE \`data_elements_options\`;`)
  await db.run(sql`DROP TABLE \`data_elements_options_locales\`;`)
  await db.run(sql`DROP TABLE \`data_elements\`;`)
  await db.run(sql`DROP TABLE \`data_elements_locales\`;`)
  await db.run(sql`DROP TABLE \`permit_types_elements\`;`)
  await db.run(sql`DROP TABLE \`permit_types\`;`)
  await db.run(sql`DROP TABLE \`permit_types_locales\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_steps\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_permits_rules\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_permits_rules_locales\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_permits\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_permits_locales\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_locales\`;`)
  await db.run(sql`DROP TABLE \`permit_bundles_rels\`;`)
  await db.run(sql`DROP TABLE \`service_descriptions_channels\`;`)
  await db.run(sql`DROP TABLE \`service_descriptions_channels_locales\`;`)
  await db.run(sql`DROP TABLE \`service_descriptions\`;`)
  await db.run(sql`DROP TABLE \`service_descriptions_locales\`;`)
  await db.run(sql`DROP TABLE \`service_descriptions_texts\`;`)
  await db.run(sql`DROP TABLE \`applications\`;`)
  await db.run(sql`DROP TABLE \`applications_rels\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`DROP TABLE \`case_events\`;`)
  await db.run(sql`DROP TABLE \`messages\`;`)
  await db.run(sql`DROP TABLE \`messages_rels\`;`)
  await db.run(sql`DROP TABLE \`supplement_requests\`;`)
  await db.run(sql`DROP TABLE \`supplement_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`attachments_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`integration_credentials\`;`)
  await db.run(sql`DROP TABLE \`integration_idempotency_records\`;`)
  await db.run(sql`DROP TABLE \`incidents\`;`)
  await db.run(sql`DROP TABLE \`service_requests_pauses\`;`)
  await db.run(sql`DROP TABLE \`service_requests\`;`)
  await db.run(sql`DROP TABLE \`service_requests_texts\`;`)
  await db.run(sql`DROP TABLE \`service_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`maintenance_notices\`;`)
  await db.run(sql`DROP TABLE \`maintenance_notices_locales\`;`)
  await db.run(sql`DROP TABLE \`service_desk_emails\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`availability_outages_failed_checks\`;`)
  await db.run(sql`DROP TABLE \`availability_outages\`;`)
  await db.run(sql`DROP TABLE \`identities\`;`)
  await db.run(sql`DROP TABLE \`saml_sessions\`;`)
  await db.run(sql`DROP TABLE \`saml_cache\`;`)
  await db.run(sql`DROP TABLE \`mandates\`;`)
  await db.run(sql`DROP TABLE \`mandates_texts\`;`)
  await db.run(sql`DROP TABLE \`mandate_flows\`;`)
  await db.run(sql`DROP TABLE \`principal_choices\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`service_calendar_closed_days\`;`)
  await db.run(sql`DROP TABLE \`service_calendar_closed_days_locales\`;`)
  await db.run(sql`DROP TABLE \`service_calendar_changed_hours\`;`)
  await db.run(sql`DROP TABLE \`service_calendar_changed_hours_locales\`;`)
  await db.run(sql`DROP TABLE \`service_calendar\`;`)
}
