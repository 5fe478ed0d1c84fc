import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'
import pg from 'pg'

import { migrations as postgres } from '../migrations/postgres'
import { migrations as sqlite } from '../migrations/sqlite'
import { plugins } from '../payload.config'
import { createConfig } from '../src/config/createConfig'
import { parseEnv } from '../src/env'

/*
 * The databases of the scale figures (`npm run bench:generate`, `npm run bench:scale`): one
 * per size and dialect, kept between runs (generating a million cases takes minutes). A
 * SQLite file under data/scale/, or a database on TEST_DATABASE_URL's PostgreSQL server.
 */

export type ScaleDialect = 'sqlite' | 'postgres'

const postgresServer = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Where the database of `cases` generated cases is: `target` (a file, a database name or URL) or the default. */
export const scaleDatabaseUrl = ({
  dialect,
  cases,
  target,
}: {
  dialect: ScaleDialect
  cases: number
  target?: string
}): string => {
  if (dialect === 'sqlite') {
    if (target?.startsWith('file:')) return target
    return `file:${path.resolve(target ?? path.join('data', 'scale', `scale-${cases}.db`))}`
  }
  if (target && /^postgres(ql)?:\/\//.test(target)) return target
  const url = new URL(postgresServer())
  url.pathname = `/${target ?? `lupa_scale_${cases}`}`
  return url.toString()
}

const onServerOf = async (databaseUrl: string, sql: string) => {
  const server = new URL(databaseUrl)
  server.pathname = '/postgres'
  const client = new pg.Client({ connectionString: server.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const postgresNameOf = (databaseUrl: string) => {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`)
  return name
}

/**
 * Removes the database at `databaseUrl` if it exists and leaves an empty one in its place.
 * Only what looks like a scale database: a `.db` file, a PostgreSQL database `lupa_scale…`.
 */
export const recreateDatabase = async (databaseUrl: string) => {
  if (databaseUrl.startsWith('file:')) {
    const file = databaseUrl.slice('file:'.length)
    if (!file.endsWith('.db')) throw new Error(`Not replacing ${file}: a scale database file ends in .db`)
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
    mkdirSync(path.dirname(file), { recursive: true })
    return
  }
  const name = postgresNameOf(databaseUrl)
  if (!name.startsWith('lupa_scale'))
    throw new Error(`Not replacing ${name}: scale databases are named lupa_scale…`)
  await onServerOf(databaseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await onServerOf(databaseUrl, `CREATE DATABASE ${name}`)
}

/** Files of the scale databases' demo data (uploads). */
export const scaleDataDir = path.resolve('data', 'scale', 'files')

/**
 * Payload on a scale database as production runs it: the committed migrations of the
 * dialect are applied on start (the process runs with NODE_ENV=production, see package.json),
 * no jobs run. Demo logins stay possible (LUPA_ENV is not production).
 */
export const startScalePayload = async (databaseUrl: string): Promise<Payload> => {
  mkdirSync(scaleDataDir, { recursive: true })
  const env = parseEnv({
    ...process.env,
    LUPA_ENV: 'development',
    DATABASE_URL: databaseUrl,
    DATA_DIR: scaleDataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JOBS_IN_PROCESS: 'false',
  })
  const config = await createConfig({ env, plugins, migrations: { sqlite, postgres } })
  return getPayload({ config, key: databaseUrl })
}
