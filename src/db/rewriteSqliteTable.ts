import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

/**
 * Changes a SQLite table's definition in place, for the changes that leave the stored rows
 * as they are (a column's NOT NULL dropped, or added once every row has a value): SQLite's
 * documented `writable_schema` procedure. Drizzle's generated migrations rebuild the table
 * instead (create a copy, `DROP TABLE`, rename), which inside the migration's transaction,
 * where foreign keys cannot be turned off, deletes every row that references the table
 * through an `ON DELETE cascade` key (a bundle's analysis questions, a permit type's data).
 * Throws, and so rolls the migration back, when `change` finds nothing to change or the
 * result fails SQLite's integrity check.
 */
export const rewriteSqliteTable = async (
  db: Db,
  table: string,
  change: (definition: string) => string,
): Promise<void> => {
  const rows = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ${table}`,
  )
  const definition = rows[0]?.sql
  if (definition === undefined) throw new Error(`No table ${table} to rewrite`)
  const changed = change(definition)
  if (changed === definition) throw new Error(`The definition of ${table} has nothing to change`)
  const [{ schema_version: version }] = await db.all<{ schema_version: number }>(sql`PRAGMA schema_version`)
  await db.run(sql`PRAGMA writable_schema = ON`)
  await db.run(sql`UPDATE sqlite_schema SET sql = ${changed} WHERE type = 'table' AND name = ${table}`)
  await db.run(sql.raw(`PRAGMA schema_version = ${Number(version) + 1}`))
  await db.run(sql`PRAGMA writable_schema = OFF`)
  const [{ integrity_check: integrity }] = await db.all<{ integrity_check: string }>(
    sql`PRAGMA integrity_check`,
  )
  if (integrity !== 'ok') throw new Error(`${table} after the rewrite: ${integrity}`)
}
