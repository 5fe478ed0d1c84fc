import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`availability_roll_ups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`samples\` numeric NOT NULL,
  	\`up_minutes\` numeric,
  	\`degraded_minutes\` numeric,
  	\`down_minutes\` numeric,
  	\`runs\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`availability_roll_ups_day_idx\` ON \`availability_roll_ups\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`availability_roll_ups_starts_at_idx\` ON \`availability_roll_ups\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_roll_ups_ends_at_idx\` ON \`availability_roll_ups\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_roll_ups_updated_at_idx\` ON \`availability_roll_ups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_roll_ups_created_at_idx\` ON \`availability_roll_ups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`availability_samples\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`component\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`latency_ms\` numeric,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`availability_samples_at_idx\` ON \`availability_samples\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`availability_samples_source_idx\` ON \`availability_samples\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`availability_samples_updated_at_idx\` ON \`availability_samples\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_samples_created_at_idx\` ON \`availability_samples\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`draft_reminder_sent_at\` text;`)
  await db.run(sql`CREATE INDEX \`applications_draft_reminder_sent_at_idx\` ON \`applications\` (\`draft_reminder_sent_at\`);`)
  await db.run(sql`ALTER TABLE \`availability_outages\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`availability_outages\` ADD \`component\` text;`)
  await db.run(sql`ALTER TABLE \`availability_outages\` ADD \`description\` text;`)
  await db.run(sql`CREATE INDEX \`availability_outages_source_idx\` ON \`availability_outages\` (\`source\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`availability_roll_ups\`;`)
  await db.run(sql`DROP TABLE \`availability_samples\`;`)
  await db.run(sql`DROP INDEX \`applications_draft_reminder_sent_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`draft_reminder_sent_at\`;`)
  await db.run(sql`DROP INDEX \`availability_outages_source_idx\`;`)
  await db.run(sql`ALTER TABLE \`availability_outages\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`availability_outages\` DROP COLUMN \`component\`;`)
  await db.run(sql`ALTER TABLE \`availability_outages\` DROP COLUMN \`description\`;`)
}
