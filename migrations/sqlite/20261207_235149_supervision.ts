import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`supervised_objects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'event' NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`address\` text,
  	\`municipality\` text,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`case_id\` integer,
  	\`application_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`supervised_objects_case_idx\` ON \`supervised_objects\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_application_idx\` ON \`supervised_objects\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_applicant_idx\` ON \`supervised_objects\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_on_behalf_of_idx\` ON \`supervised_objects\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_updated_at_idx\` ON \`supervised_objects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_created_at_idx\` ON \`supervised_objects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`supervised_objects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authorities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`supervised_objects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`supervised_objects_rels_order_idx\` ON \`supervised_objects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_rels_parent_idx\` ON \`supervised_objects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_rels_path_idx\` ON \`supervised_objects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`supervised_objects_rels_authorities_id_idx\` ON \`supervised_objects_rels\` (\`authorities_id\`);`)
  await db.run(sql`CREATE TABLE \`supervision_cases_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`observation\` text,
  	\`severity\` text,
  	\`is_internal\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`supervision_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`supervision_cases_findings_order_idx\` ON \`supervision_cases_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_findings_parent_id_idx\` ON \`supervision_cases_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`supervision_cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`object_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`acknowledgement_required\` integer DEFAULT false,
  	\`planned_at\` text,
  	\`is_announced\` integer DEFAULT false,
  	\`inspected_at\` text,
  	\`correction\` text,
  	\`how_to_show\` text,
  	\`deadline\` text,
  	\`deadline_service_days\` numeric,
  	\`related_inspection_id\` integer,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`answered_by_id\` integer,
  	\`application_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`object_id\`) REFERENCES \`supervised_objects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`related_inspection_id\`) REFERENCES \`supervision_cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`on_behalf_of_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`supervision_cases_object_idx\` ON \`supervision_cases\` (\`object_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_status_idx\` ON \`supervision_cases\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_related_inspection_idx\` ON \`supervision_cases\` (\`related_inspection_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_answered_by_idx\` ON \`supervision_cases\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_application_idx\` ON \`supervision_cases\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_applicant_idx\` ON \`supervision_cases\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_on_behalf_of_idx\` ON \`supervision_cases\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_authority_idx\` ON \`supervision_cases\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_updated_at_idx\` ON \`supervision_cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_created_at_idx\` ON \`supervision_cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_deadline_idx\` ON \`supervision_cases\` (\`authority_id\`,\`status\`,\`deadline\`);`)
  await db.run(sql`CREATE TABLE \`supervision_cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`authorities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`supervision_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authorities_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`supervision_cases_rels_order_idx\` ON \`supervision_cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_rels_parent_idx\` ON \`supervision_cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_rels_path_idx\` ON \`supervision_cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`supervision_cases_rels_authorities_id_idx\` ON \`supervision_cases_rels\` (\`authorities_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`supervised_objects\`;`)
  await db.run(sql`DROP TABLE \`supervised_objects_rels\`;`)
  await db.run(sql`DROP TABLE \`supervision_cases_findings\`;`)
  await db.run(sql`DROP TABLE \`supervision_cases\`;`)
  await db.run(sql`DROP TABLE \`supervision_cases_rels\`;`)
}
