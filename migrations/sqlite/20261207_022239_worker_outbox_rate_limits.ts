import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limit_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`hits\` numeric DEFAULT 0 NOT NULL,
  	\`reset_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rate_limit_counters_key_idx\` ON \`rate_limit_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_counters_reset_at_idx\` ON \`rate_limit_counters\` (\`reset_at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_counters_updated_at_idx\` ON \`rate_limit_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_counters_created_at_idx\` ON \`rate_limit_counters\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limit_counters\`;`)
}
