import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { createLocalReq } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { closeDatabase } from '../../src/db/databaseAdapter'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import { createDraft, createUser, testPassword } from '../support/factories'
import { minimalPdf } from '../support/minimalPdf'
import type { TestS3Server } from '../support/s3Server'
import { startS3Server } from '../support/s3Server'
import type { ServerProcess } from '../support/serverProcess'
import { startServerProcess } from '../support/serverProcess'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

/**
 * The restore drill of docs/operations.md, as an operator runs it: `npm run backup` while
 * Lupa runs, the database and the files wiped, `npm run restore`, and Lupa started again on
 * what came back. On PostgreSQL with the files in object storage, on SQLite with them on
 * the disk: the two production set-ups.
 */
const isPostgres = process.env.LUPA_TEST_DB === 'postgres'
const prefix = 'drill/attachments'
const secret = randomBytes(32).toString('hex')

let s3: TestS3Server | null = null
let test: TestPayload
let backupDir: string
let restored: ServerProcess | null = null

const environment = () => ({
  DATABASE_URL: test.databaseUrl,
  DATA_DIR: test.dataDir,
  PAYLOAD_SECRET: secret,
  ...(s3 ? s3.envFor(prefix) : {}),
})

/** Runs the command as an operator would; not spawnSync: the bucket's server runs in this process. */
const npmRun = (script: 'backup' | 'restore', dir: string) =>
  new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('scripts/run.mjs'), `scripts/${script}.ts`, dir], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LUPA_ENV: 'test',
        LOG_LEVEL: 'error',
        ...environment(),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (status) => resolve({ status, stderr }))
  })

/** Everything gone: the database's tables and every stored file. */
const wipe = async () => {
  if (isPostgres) {
    const client = new pg.Client({ connectionString: test.databaseUrl })
    await client.connect()
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    await client.end()
  } else {
    const file = test.databaseUrl.slice('file:'.length)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
    rmSync(path.join(test.dataDir, 'uploads'), { recursive: true, force: true })
  }
  if (s3) {
    const client = new S3Client({
      endpoint: s3.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
    if (Contents.length > 0)
      await client.send(
        new DeleteObjectsCommand({
          Bucket: s3.bucket,
          Delete: { Objects: Contents.map(({ Key }) => ({ Key })) },
        }),
      )
    client.destroy()
  }
}

beforeAll(async () => {
  s3 = isPostgres ? await startS3Server() : null
  test = await startTestPayload({ env: { PAYLOAD_SECRET: secret, ...(s3 ? s3.envFor(prefix) : {}) } })
  backupDir = mkdtempSync(path.join(os.tmpdir(), 'lupa-backup-'))
})

afterAll(async () => {
  await restored?.close()
  await test?.close()
  await s3?.close()
  rmSync(backupDir, { recursive: true, force: true })
})

describe('the restore drill', () => {
  it('should bring back applications, cases, attachments and users after the database and the files are wiped', async () => {
    const { payload } = test
    const { bundleId } = await seedCatalogue(payload)
    const customer = await createUser(payload, { role: 'customer' })
    const owner = await createUser(payload, { role: 'owner' })
    const server = await startTestServer(test)
    const login = async (url: string, email: string) => {
      const response = await fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: testPassword }),
      })
      expect(response.status).toBe(200)
      return ((await response.json()) as { token: string }).token
    }
    const content = Buffer.concat([minimalPdf(), Buffer.from(`% ${randomBytes(8).toString('hex')}\n`)])
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), 'site-plan.pdf')
    form.append('_payload', JSON.stringify({ description: 'Site plan' }))
    const uploaded = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { Authorization: `JWT ${await login(server.url, customer.email)}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const attachment = ((await uploaded.json()) as { doc: { id: number; url: string } }).doc
    await server.close()
    const draft = await createDraft(payload, { customer, bundleId })
    await payload.update({
      collection: slugs.applications,
      id: draft.id,
      data: { attachments: [attachment.id] },
      user: customer,
      overrideAccess: false,
    })
    const { cases } = await submitApplication({
      req: await createLocalReq({ user: customer as never }, payload),
      applicationId: draft.id,
      locale: 'fi',
    })
    const counts = async (token: string, url: string) =>
      Object.fromEntries(
        await Promise.all(
          [slugs.applications, slugs.cases, slugs.attachments, slugs.users].map(async (collection) => {
            const response = await fetch(`${url}/api/${collection}?limit=1&depth=0`, {
              headers: { Authorization: `JWT ${token}` },
            })
            return [collection, ((await response.json()) as { totalDocs: number }).totalDocs] as const
          }),
        ),
      )
    const before = await (async () => {
      const live = await startTestServer(test)
      try {
        return await counts(await login(live.url, owner.email), live.url)
      } finally {
        await live.close()
      }
    })()
    expect(before[slugs.cases]).toBe(cases.length)

    const backedUp = await npmRun('backup', backupDir)
    expect(backedUp.status, backedUp.stderr).toBe(0)
    expect(readdirSync(backupDir)).toContain('manifest.json')

    await closeDatabase(payload)
    await wipe()
    if (!isPostgres) expect(existsSync(path.join(test.dataDir, 'uploads'))).toBe(false)
    const restoredRun = await npmRun('restore', backupDir)
    expect(restoredRun.status, restoredRun.stderr).toBe(0)

    restored = await startServerProcess(environment())
    expect(await counts(await login(restored.url, owner.email), restored.url)).toEqual(before)
    const customerToken = await login(restored.url, customer.email)
    const application = await fetch(`${restored.url}/api/applications/${draft.id}?depth=0`, {
      headers: { Authorization: `JWT ${customerToken}` },
    })
    expect(((await application.json()) as { status: string }).status).toBe('submitted')
    const file = await fetch(`${restored.url}${new URL(attachment.url).pathname}`, {
      headers: { Authorization: `JWT ${customerToken}` },
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(content)).toBe(true)
  })
})
