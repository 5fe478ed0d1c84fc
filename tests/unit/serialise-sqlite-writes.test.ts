import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Client } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  serialiseSqliteWrites,
  withWriteOwner,
  WriteLockTimeoutError,
  writeLockHealthOf,
} from '../../src/db/serialiseSqliteWrites'

const lockTimeoutMs = 200
let dir: string
let client: Client

const countRows = async () => Number((await client.execute('SELECT count(*) AS n FROM t')).rows[0]?.n)

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lupa-lock-'))
  client = createClient({ url: `file:${path.join(dir, 'lock.db')}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (x INTEGER)')
  serialiseSqliteWrites(client, { busyTimeoutMs: 1000, lockTimeoutMs })
})

afterEach(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the SQLite write lock', () => {
  it('should fail a write that waits too long, alone, and let the next writers through', async () => {
    const transaction = await client.transaction('write')
    await expect(client.execute('INSERT INTO t VALUES (1)')).rejects.toBeInstanceOf(WriteLockTimeoutError)
    const later = client.execute('INSERT INTO t VALUES (2)')
    await transaction.commit()
    const startedAt = Date.now()
    await later
    await client.execute('INSERT INTO t VALUES (3)')
    expect(Date.now() - startedAt).toBeLessThan(lockTimeoutMs)
    expect(await countRows()).toBe(2)
  })

  it('should report a writer that holds the lock past the timeout as jammed', async () => {
    expect(writeLockHealthOf(client)).toMatchObject({ isJammed: false, waiting: 0 })
    const transaction = await client.transaction('write')
    const waiting = client.execute('INSERT INTO t VALUES (1)').catch((error: unknown) => error)
    expect(writeLockHealthOf(client)).toMatchObject({ isJammed: false, waiting: 1 })
    await new Promise((resolve) => setTimeout(resolve, lockTimeoutMs + 50))
    expect(writeLockHealthOf(client)?.isJammed).toBe(true)
    await transaction.rollback()
    expect(await waiting).toBeInstanceOf(WriteLockTimeoutError)
    expect(writeLockHealthOf(client)).toMatchObject({ isJammed: false, waiting: 0, heldForMs: 0 })
  })

  it('should run a write of the request that holds the lock inside its transaction', async () => {
    await withWriteOwner(async () => {
      const transaction = await client.transaction('write')
      await transaction.execute('INSERT INTO t VALUES (1)')
      // Written outside the transaction by the same request: it must not wait for itself.
      await client.execute('INSERT INTO t VALUES (2)')
      await transaction.rollback()
    })
    expect(await countRows()).toBe(0)
  })

  it('should make a write of another request wait for the transaction', async () => {
    let transaction!: Awaited<ReturnType<Client['transaction']>>
    await withWriteOwner(async () => {
      transaction = await client.transaction('write')
      await transaction.execute('INSERT INTO t VALUES (1)')
    })
    const other = withWriteOwner(() => client.execute('INSERT INTO t VALUES (2)'))
    await transaction.rollback()
    await other
    expect(await countRows()).toBe(1)
  })
})
