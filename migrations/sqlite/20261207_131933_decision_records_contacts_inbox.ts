import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillCaseSubjects } from '../../src/cases/caseSubject'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`authorities_locales\` ADD \`contact_website\` text;`)
  await db.run(sql`ALTER TABLE \`authorities_locales\` ADD \`contact_hours\` text;`)
  await db.run(sql`ALTER TABLE \`permit_types\` ADD \`kind\` text DEFAULT 'permit';`)
  await db.run(sql`ALTER TABLE \`permit_types\` ADD \`appeal_instructions_kind\` text DEFAULT 'appeal';`)
  await db.run(sql`ALTER TABLE \`permit_types_locales\` ADD \`appeal_instructions_text\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`subject_name\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`start_date\` text;`)
  await db.run(sql`CREATE INDEX \`authority_status_startDate_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`start_date\`);`)
  // SQLite adds a self-reference with its delete rule only by rebuilding the table.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`application_id\` integer,
  	\`applicant_id\` integer,
  	\`on_behalf_of_id\` integer,
  	\`authority_id\` integer,
  	\`outcome\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`decision_maker\` text,
  	\`decision_date\` text,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`document_id\` integer,
  	\`appeal_instructions_kind\` text,
  	\`appeal_instructions_fi\` text,
  	\`appeal_instructions_sv\` text,
  	\`appeal_instructions_en\` text,
  	\`correction_reason\` text,
  	\`version\` numeric,
  	\`supersedes_id\` integer,
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
  	FOREIGN KEY (\`supersedes_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_decisions\`("id", "case_id", "application_id", "applicant_id", "on_behalf_of_id", "authority_id", "outcome", "summary", "document_id", "decided_at", "decided_by_id", "updated_at", "created_at") SELECT "id", "case_id", "application_id", "applicant_id", "on_behalf_of_id", "authority_id", "outcome", "summary", "document_id", "decided_at", "decided_by_id", "updated_at", "created_at" FROM \`decisions\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_decisions\` RENAME TO \`decisions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`decisions_case_idx\` ON \`decisions\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_application_idx\` ON \`decisions\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_applicant_idx\` ON \`decisions\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_on_behalf_of_idx\` ON \`decisions\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_authority_idx\` ON \`decisions\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_document_idx\` ON \`decisions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_supersedes_idx\` ON \`decisions\` (\`supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_decided_by_idx\` ON \`decisions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_updated_at_idx\` ON \`decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_created_at_idx\` ON \`decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`decisions_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`decisions_conditions_order_idx\` ON \`decisions_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`decisions_conditions_parent_id_idx\` ON \`decisions_conditions\` (\`_parent_id\`);`)
  await backfillCaseSubjects({
    rows: await db.all(
      sql`SELECT c.\`id\`, a.\`values\`, t.\`key\` AS \`title_key\`, d.\`key\` AS \`start_key\` FROM \`cases\` c JOIN \`applications\` a ON a.\`id\` = c.\`application_id\` JOIN \`permit_bundles\` b ON b.\`id\` = a.\`bundle_id\` LEFT JOIN \`data_elements\` t ON t.\`id\` = b.\`title_element_id\` LEFT JOIN \`data_elements\` d ON d.\`id\` = b.\`start_date_element_id\``,
    ),
    write: (id, { subjectName, startDate }) =>
      db.run(sql`UPDATE \`cases\` SET \`subject_name\` = ${subjectName}, \`start_date\` = ${startDate} WHERE \`id\` = ${id}`),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`decisions_conditions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_decisions\` (
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
  await db.run(sql`INSERT INTO \`__new_decisions\`("id", "case_id", "application_id", "applicant_id", "on_behalf_of_id", "authority_id", "outcome", "summary", "document_id", "decided_at", "decided_by_id", "updated_at", "created_at") SELECT "id", "case_id", "application_id", "applicant_id", "on_behalf_of_id", "authority_id", "outcome", "summary", "document_id", "decided_at", "decided_by_id", "updated_at", "created_at" FROM \`decisions\`;`)
  await db.run(sql`DROP TABLE \`decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_decisions\` RENAME TO \`decisions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`decisions_case_idx\` ON \`decisions\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_application_idx\` ON \`decisions\` (\`application_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_applicant_idx\` ON \`decisions\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_on_behalf_of_idx\` ON \`decisions\` (\`on_behalf_of_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_authority_idx\` ON \`decisions\` (\`authority_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_document_idx\` ON \`decisions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_decided_by_idx\` ON \`decisions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decisions_updated_at_idx\` ON \`decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decisions_created_at_idx\` ON \`decisions\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`authority_status_startDate_idx\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`subject_name\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`start_date\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`contact_email\`;`)
  await db.run(sql`ALTER TABLE \`authorities_locales\` DROP COLUMN \`contact_website\`;`)
  await db.run(sql`ALTER TABLE \`authorities_locales\` DROP COLUMN \`contact_hours\`;`)
  await db.run(sql`ALTER TABLE \`permit_types\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`permit_types\` DROP COLUMN \`appeal_instructions_kind\`;`)
  await db.run(sql`ALTER TABLE \`permit_types_locales\` DROP COLUMN \`appeal_instructions_text\`;`)
}
