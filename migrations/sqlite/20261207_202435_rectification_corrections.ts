import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`data_subject_requests\` ADD \`corrections_name\` text;`)
  await db.run(sql`ALTER TABLE \`data_subject_requests\` ADD \`corrections_email\` text;`)
  await db.run(sql`ALTER TABLE \`data_subject_requests\` ADD \`corrections_phone\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`data_subject_requests\` DROP COLUMN \`corrections_name\`;`)
  await db.run(sql`ALTER TABLE \`data_subject_requests\` DROP COLUMN \`corrections_email\`;`)
  await db.run(sql`ALTER TABLE \`data_subject_requests\` DROP COLUMN \`corrections_phone\`;`)
}
