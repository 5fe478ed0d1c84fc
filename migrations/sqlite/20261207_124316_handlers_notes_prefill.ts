import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillLateSubmissions } from '../../src/cases/lateSubmission'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`case_notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`authority_id\` integer,
  	\`author_id\` integer,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_notes_case_idx\` ON \`case_notes\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`case_notes_authority_idx\` ON \`case_notes\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`case_notes_author_idx\` ON \`case_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`case_notes_updated_at_idx\` ON \`case_notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_notes_created_at_idx\` ON \`case_notes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`data_elements\` ADD \`prefill\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`prefilled\` text;`)
  // SQLite adds a column with its foreign key's delete rule only by rebuilding the table.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_number\` text NOT NULL,
  	\`application_id\` integer NOT NULL,
  	\`permit_type_id\` integer NOT NULL,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`outcome\` text,
  	\`handler_id\` integer,
  	\`external_reference\` text,
  	\`data\` text,
  	\`delivery_state\` text DEFAULT 'pending',
  	\`delivery_attempts\` numeric DEFAULT 0,
  	\`delivered_at\` text,
  	\`latest_submission_date\` text,
  	\`search_text\` text,
  	\`is_late\` integer,
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
  	FOREIGN KEY (\`authority_id\`) REFERENCES \`authorities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases\`("id", "case_number", "application_id", "permit_type_id", "applicant_id", "on_behalf_of_id", "authority_id", "status", "outcome", "external_reference", "data", "delivery_state", "delivery_attempts", "delivered_at", "latest_submission_date", "search_text", "expected_decision_date", "received_at", "decided_at", "opened_at", "updated_at", "created_at") SELECT "id", "case_number", "application_id", "permit_type_id", "applicant_id", "on_behalf_of_id", "authority_id", "status", "outcome", "external_reference", "data", "delivery_state", "delivery_attempts", "delivered_at", "latest_submission_date", "search_text", "expected_decision_date", "received_at", "decided_at", "opened_at", "updated_at", "created_at" FROM \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases\` RENAME TO \`cases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_case_number_idx\` ON \`cases\` (\`case_number\`);`)
  await db.run(sql`CREATE INDEX \`cases_application_idx\` ON \`cases\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_permit_type_idx\` ON \`cases\` (\`permit_type_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_applicant_idx\` ON \`cases\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_on_behalf_of_idx\` ON \`cases\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_authority_idx\` ON \`cases\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_status_idx\` ON \`cases\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_expectedDecisionDate_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`expected_decision_date\`);`)
  await db.run(sql`CREATE INDEX \`authority_permitType_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`permit_type_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_handler_idx\` ON \`cases\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`authority_handler_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`handler_id\`,\`status\`,\`created_at\`);`)
  await backfillLateSubmissions({
    rows: await db.all(sql`SELECT \`id\`, \`created_at\`, \`latest_submission_date\` FROM \`cases\``),
    write: (id) => db.run(sql`UPDATE \`cases\` SET \`is_late\` = 1 WHERE \`id\` = ${id}`),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`case_notes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_cases\` (
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
  	\`search_text\` text,
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
  await db.run(sql`INSERT INTO \`__new_cases\`("id", "case_number", "application_id", "permit_type_id", "applicant_id", "on_behalf_of_id", "authority_id", "status", "outcome", "external_reference", "data", "delivery_state", "delivery_attempts", "delivered_at", "latest_submission_date", "search_text", "expected_decision_date", "received_at", "decided_at", "opened_at", "updated_at", "created_at") SELECT "id", "case_number", "application_id", "permit_type_id", "applicant_id", "on_behalf_of_id", "authority_id", "status", "outcome", "external_reference", "data", "delivery_state", "delivery_attempts", "delivered_at", "latest_submission_date", "search_text", "expected_decision_date", "received_at", "decided_at", "opened_at", "updated_at", "created_at" FROM \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases\` RENAME TO \`cases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_case_number_idx\` ON \`cases\` (\`case_number\`);`)
  await db.run(sql`CREATE INDEX \`cases_application_idx\` ON \`cases\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_permit_type_idx\` ON \`cases\` (\`permit_type_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_applicant_idx\` ON \`cases\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_on_behalf_of_idx\` ON \`cases\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_authority_idx\` ON \`cases\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_status_idx\` ON \`cases\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_expectedDecisionDate_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`expected_decision_date\`);`)
  await db.run(sql`CREATE INDEX \`authority_permitType_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`permit_type_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`phone\`;`)
  await db.run(sql`ALTER TABLE \`data_elements\` DROP COLUMN \`prefill\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`prefilled\`;`)
}
