import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`public_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_on\` text NOT NULL,
  	\`is_published\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`public_documents_key_idx\` ON \`public_documents\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_updated_at_idx\` ON \`public_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_created_at_idx\` ON \`public_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`public_documents_locales\` (
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`public_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`public_documents_locales_locale_parent_id_unique\` ON \`public_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_enabled_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_pending_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_last_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_recovery_codes\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`public_documents\`;`)
  await db.run(sql`DROP TABLE \`public_documents_locales\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_enabled_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_pending_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_last_step\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_recovery_codes\`;`)
}
