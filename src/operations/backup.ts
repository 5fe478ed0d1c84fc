import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createClient } from '@libsql/client'

import { s3ClientConfigOf } from '../collections/Attachments/objectStorage'
import { dialectOf } from '../db/databaseAdapter'
import type { Env } from '../env'
import { objectStorageLocationOf } from '../env'

/** What a backup directory holds, written last: a directory without it is incomplete. */
type Manifest = {
  createdAt: string
  dialect: 'sqlite' | 'postgres'
  files: 'disk' | 's3'
  fileCount: number
  /** Each object's content type, by its key under the prefix (S3 serves it back with the file). */
  contentTypes?: Record<string, string>
}

const manifestFile = 'manifest.json'
const databaseFile = { sqlite: 'lupa.db', postgres: 'lupa.dump' } as const
const filesDir = 'files'

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    )
  })

const sqlDialectOf = (env: Env) => {
  const dialect = dialectOf(env.DATABASE_URL)
  if (dialect === 'mongodb')
    throw new Error('Back up MongoDB with mongodump: npm run backup covers SQLite and PostgreSQL')
  return dialect
}

const sqliteFileOfUrl = (databaseUrl: string) => path.resolve(databaseUrl.slice('file:'.length))

const uploadsDirOf = (env: Env) => path.resolve(env.DATA_DIR, 'uploads')

/** The bucket of STORAGE_URL and a client for it, or null when files are on the disk. */
const bucketOf = (env: Env) => {
  const location = env.STORAGE_URL ? objectStorageLocationOf(env.STORAGE_URL) : null
  return location ? { ...location, client: new S3Client(s3ClientConfigOf(env)) } : null
}

const objectKeysOf = async (bucket: NonNullable<ReturnType<typeof bucketOf>>) => {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await bucket.client.send(
      new ListObjectsV2Command({
        Bucket: bucket.bucket,
        Prefix: bucket.prefix ? `${bucket.prefix}/` : undefined,
        ContinuationToken: token,
      }),
    )
    keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])))
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return keys
}

const relativeKey = (prefix: string, key: string) => (prefix ? key.slice(prefix.length + 1) : key)

/**
 * Backs up the database and the uploaded files into `dir`, online: SQLite through
 * `VACUUM INTO` (a consistent copy while Lupa runs), PostgreSQL through `pg_dump`. Files are
 * copied after the database: stored names are unique and never reused, so files newer than
 * the dump are only extra, and every file the dump refers to is there.
 */
export const backup = async ({ env, dir }: { env: Env; dir: string }) => {
  const dialect = sqlDialectOf(env)
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`)
  mkdirSync(path.join(dir, filesDir), { recursive: true })
  const target = path.resolve(dir, databaseFile[dialect])
  if (dialect === 'sqlite') {
    const client = createClient({ url: env.DATABASE_URL })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
    } finally {
      client.close()
    }
  } else {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${target}`,
      `--dbname=${env.DATABASE_URL}`,
    ])
  }

  const bucket = bucketOf(env)
  let fileCount = 0
  const contentTypes: Record<string, string> = {}
  if (bucket) {
    for (const key of await objectKeysOf(bucket)) {
      const object = await bucket.client.send(new GetObjectCommand({ Bucket: bucket.bucket, Key: key }))
      const name = relativeKey(bucket.prefix, key)
      const file = path.join(dir, filesDir, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, await object.Body!.transformToByteArray())
      if (object.ContentType) contentTypes[name] = object.ContentType
      fileCount += 1
    }
    bucket.client.destroy()
  } else if (existsSync(uploadsDirOf(env))) {
    cpSync(uploadsDirOf(env), path.join(dir, filesDir), { recursive: true })
    fileCount = readdirSync(path.join(dir, filesDir), { recursive: true }).length
  }
  const manifest: Manifest = {
    createdAt: new Date().toISOString(),
    dialect,
    files: bucket ? 's3' : 'disk',
    fileCount,
    ...(bucket ? { contentTypes } : {}),
  }
  writeFileSync(path.join(dir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Restores a backup made by {@link backup} into the database and file store the environment
 * names. Lupa must be stopped (every web process and worker). The database is replaced
 * whole; files are put back beside any that are there.
 */
export const restore = async ({ env, dir }: { env: Env; dir: string }) => {
  const manifestPath = path.join(dir, manifestFile)
  if (!existsSync(manifestPath)) throw new Error(`${dir} holds no complete backup (no ${manifestFile})`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  const dialect = sqlDialectOf(env)
  if (manifest.dialect !== dialect)
    throw new Error(`The backup is of a ${manifest.dialect} database; DATABASE_URL is ${dialect}`)
  const source = path.resolve(dir, databaseFile[dialect])
  if (dialect === 'sqlite') {
    const file = sqliteFileOfUrl(env.DATABASE_URL)
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
    mkdirSync(path.dirname(file), { recursive: true })
    cpSync(source, file)
  } else {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${env.DATABASE_URL}`, source])
  }

  const files = path.join(dir, filesDir)
  const bucket = bucketOf(env)
  if (bucket) {
    for (const name of readdirSync(files, { recursive: true, withFileTypes: true })) {
      if (!name.isFile()) continue
      const file = path.join(name.parentPath, name.name)
      const key = path.relative(files, file).split(path.sep).join('/')
      await bucket.client.send(
        new PutObjectCommand({
          Bucket: bucket.bucket,
          Key: bucket.prefix ? `${bucket.prefix}/${key}` : key,
          Body: readFileSync(file),
          ContentType: manifest.contentTypes?.[key],
        }),
      )
    }
    bucket.client.destroy()
  } else {
    cpSync(files, uploadsDirOf(env), { recursive: true })
  }
  return manifest
}
