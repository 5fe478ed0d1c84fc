import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`data_subject_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`description\` text,
  	\`status\` text DEFAULT 'open',
  	\`resolution\` text,
  	\`outcome\` text,
  	\`handled_by_id\` integer,
  	\`handled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subject_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`data_subject_requests_subject_idx\` ON \`data_subject_requests\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`data_subject_requests_handled_by_idx\` ON \`data_subject_requests\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_subject_requests_updated_at_idx\` ON \`data_subject_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_subject_requests_created_at_idx\` ON \`data_subject_requests\` (\`created_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`data_subject_requests\`;`)
}
