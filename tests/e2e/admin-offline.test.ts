import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openAdminPage } from './support/adminPage'
import { startAdminTestServer, type AdminTestServer } from './support/adminTestServer'
import { launchChromium } from './support/portalTestServer'

let server: AdminTestServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAdminTestServer(), launchChromium()])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

type FieldLike = {
  type: string
  hidden?: unknown
  admin?: { hidden?: unknown; disabled?: unknown }
  fields?: FieldLike[]
  tabs?: { fields: FieldLike[] }[]
  blocks?: { fields: FieldLike[] }[]
}

const hasCodeField = (fields: FieldLike[]): boolean =>
  fields.some(
    (field) =>
      ((field.type === 'json' || field.type === 'code') &&
        !field.hidden &&
        !field.admin?.hidden &&
        !field.admin?.disabled) ||
      hasCodeField([
        ...(field.fields ?? []),
        ...(field.tabs ?? []).flatMap((tab) => tab.fields),
        ...(field.blocks ?? []).flatMap((block) => block.fields),
      ]),
  )

/** The collections whose edit view shows a JSON or code field, read from the config. */
const collectionsWithCodeFields = (payload: Payload) =>
  payload.config.collections
    .filter((collection) => collection.admin?.hidden !== true)
    .filter((collection) => hasCodeField(collection.fields as FieldLike[]))
    .map((collection) => collection.slug)

/** Records for the collections the demo data leaves empty. */
const factories: Partial<Record<CollectionSlug, (payload: Payload) => Promise<{ id: number | string }>>> = {
  // Written by the integration API when an authority's system posts with an Idempotency-Key.
  'integration-idempotency-records': async (payload) => {
    const { docs } = await payload.find({
      collection: 'authorities',
      where: { connectionMode: { equals: 'integration' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) throw new Error('The demo data has no authority connected through the integration API')
    const responseBody = { status: 'received', caseId: 'demo-case' }
    return payload.create({
      collection: 'integration-idempotency-records',
      data: {
        authority: docs[0].id,
        key: 'offline-test-key',
        requestHash: createHash('sha256').update('POST /cases/demo-case/events\n{}').digest('hex'),
        responseStatus: 201,
        responseBody,
      },
      depth: 0,
      overrideAccess: true,
    })
  },
  // Written by the daily roll-up of availability probe samples older than a week.
  'availability-roll-ups': (payload) =>
    payload.create({
      collection: 'availability-roll-ups',
      data: {
        day: '2026-11-02',
        startsAt: '2026-11-01T22:00:00.000Z',
        endsAt: '2026-11-02T22:00:00.000Z',
        samples: 2,
        upMinutes: 2,
        runs: { up: [['2026-11-02T08:00:00.000Z', '2026-11-02T08:02:00.000Z']], degraded: [], down: [] },
      },
      depth: 0,
      overrideAccess: true,
    }),
  // Kept by the owner for each request about a person's data; an erasure records its outcome.
  'data-subject-requests': async (payload) => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { role: { equals: 'customer' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) throw new Error('The demo data has no customer')
    return payload.create({
      collection: 'data-subject-requests',
      data: { subject: docs[0].id, kind: 'access', receivedAt: '2026-11-02T08:00:00.000Z' },
      depth: 0,
      overrideAccess: true,
    })
  },
}

const someRecordOf = async (payload: Payload, slug: CollectionSlug) => {
  const { docs } = await payload.find({ collection: slug, limit: 1, depth: 0, overrideAccess: true })
  if (docs[0]) return docs[0].id
  const factory = factories[slug]
  if (!factory) throw new Error(`No record of ${slug} to open: add a factory for it`)
  return (await factory(payload)).id
}

/** Collections whose first demo record has a JSON value to show. */
const withValues = ['applications', 'cases', 'deliveries', 'permit-bundles']

describe('the admin without a CDN', () => {
  it(
    'should open every JSON and code field in an editor served by Lupa itself, with no request elsewhere and nothing refused by the CSP',
    { timeout: 300_000 },
    async () => {
      const slugs = collectionsWithCodeFields(server.test.payload)
      expect(slugs).toEqual(expect.arrayContaining([...withValues, 'payload-jobs']))
      const { context, page, foreignRequests, cspViolations } = await openAdminPage({ browser, server })
      for (const slug of slugs) {
        const id = await someRecordOf(server.test.payload, slug)
        const response = await page.goto(`${server.url}/admin/collections/${slug}/${id}`)
        // Signed in: personal data stays out of caches, and nothing tells what the admin runs on.
        expect(response?.headers()['x-powered-by'], slug).toBeUndefined()
        expect(response?.headers()['cache-control'], slug).toContain('no-store')
        // A bundle's rule conditions open in the rule builder; their JSON view is one button away.
        if (slug === 'permit-bundles') {
          await page.getByRole('button', { name: 'Näytä JSON-muodossa' }).first().click()
        }
        await page
          .waitForFunction(
            () => {
              const fields = [...document.querySelectorAll('.json-field, .code-field')]
              return (
                fields.length > 0 &&
                fields.every((field) => field.querySelector('.monaco-editor .view-lines'))
              )
            },
            undefined,
            { timeout: 30_000 },
          )
          .catch((error: Error) => {
            throw new Error(`${slug} ${id}: not every JSON or code field shows an editor (${error.message})`)
          })
        // Where the demo record holds JSON, the editor shows it (others may hold none).
        if (withValues.includes(slug)) {
          const shown = await page.locator('.monaco-editor .view-lines').allInnerTexts()
          expect(
            shown.some((text) => text.trim().length > 0),
            `${slug}: an editor shows its value`,
          ).toBe(true)
        }
      }
      expect(foreignRequests).toEqual([])
      expect(cspViolations).toEqual([])
      await context.close()
    },
  )
})
