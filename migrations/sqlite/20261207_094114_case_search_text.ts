import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillCaseSearchText } from '../../src/cases/backfillCaseSearchText'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases\` ADD \`search_text\` text;`)
  await backfillCaseSearchText({
    rows: await db.all(sql`SELECT \`id\`, \`case_number\`, \`data\` FROM \`cases\``),
    write: (id, text) => db.run(sql`UPDATE \`cases\` SET \`search_text\` = ${text} WHERE \`id\` = ${id}`),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`search_text\`;`)
}
