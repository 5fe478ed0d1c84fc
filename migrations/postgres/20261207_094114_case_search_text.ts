import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillCaseSearchText } from '../../src/cases/backfillCaseSearchText'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases" ADD COLUMN "search_text" varchar;`)
  const { rows } = await db.execute(sql`SELECT "id", "case_number", "data" FROM "cases"`)
  await backfillCaseSearchText({
    rows,
    write: (id, text) => db.execute(sql`UPDATE "cases" SET "search_text" = ${text} WHERE "id" = ${id}`),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases" DROP COLUMN "search_text";`)
}
