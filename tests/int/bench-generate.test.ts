import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GeneratedCounts } from '../../bench/generateData'
import { generateScaleData } from '../../bench/generateData'
import { loadApplicationView } from '../../portal/app/models/applications.server'
import type { AuthorityUser } from '../../portal/app/models/authority.server'
import { loadInbox } from '../../portal/app/models/authorityInbox.server'
import type { PortalUser } from '../../portal/app/models/session.server'
import { idOf } from '../../src/collections/relations'
import { slugs } from '../../src/collections/slugs'
import { isFinalCaseStatus } from '../../src/domain/case-status'
import { seedDemo } from '../../src/seed/seed'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let counts: GeneratedCounts
/** The demo's own submitted application, there before the generator ran. */
let demoApplication: number
/** What the demo seed wrote before the generator: one application of nine cases. */
const demo = { applications: 1, cases: 9 }

const system = { overrideAccess: true, depth: 0 } as const
const userOf = async (email: string): Promise<PortalUser> => {
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { email: { equals: email } },
    ...system,
  })
  return { ...docs[0]!, collection: slugs.users }
}

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  await seedDemo(payload, { isProduction: false, dataDir: test.dataDir })
  demoApplication = (await payload.find({ collection: slugs.applications, ...system })).docs[0]!.id
  counts = await generateScaleData(payload, { cases: 200, chunkApplications: 10 })
})

afterAll(async () => {
  await test?.close()
})

describe('the scale data generator', () => {
  it('should write the asked number of cases, about nine to an application, with their records', async () => {
    expect(counts.cases).toBe(200)
    expect(counts.applications).toBe(Math.ceil(200 / demo.cases))
    const total = async (collection: Parameters<Payload['count']>[0]['collection']) =>
      (await payload.count({ collection, overrideAccess: true })).totalDocs
    expect(await total(slugs.cases)).toBe(demo.cases + 200)
    expect(await total(slugs.applications)).toBe(demo.applications + counts.applications)
    expect(await total(slugs.caseEvents)).toBe(demo.cases + counts.caseEvents)
    expect(await total(slugs.deliveries)).toBe(demo.cases + counts.deliveries)
    expect(await total(slugs.messages)).toBe(counts.messages)
    expect(await total(slugs.decisions)).toBe(counts.decisions)
    // Several events a case; a delivery for each case of an integration authority.
    expect(counts.caseEvents).toBeGreaterThanOrEqual(2 * 200)
    const { docs: integrationAuthorities } = await payload.find({
      collection: slugs.authorities,
      where: { connectionMode: { equals: 'integration' } },
      pagination: false,
      ...system,
    })
    const integrationCases = await payload.count({
      collection: slugs.cases,
      where: {
        and: [
          { authority: { in: integrationAuthorities.map((doc) => doc.id) } },
          { application: { not_equals: demoApplication } },
        ],
      },
      overrideAccess: true,
    })
    expect(counts.deliveries).toBe(integrationCases.totalDocs)
  })

  it('should make most cases final, some open, each decided one with its decision', async () => {
    const { docs } = await payload.find({
      collection: slugs.cases,
      where: { application: { not_equals: demoApplication } },
      pagination: false,
      ...system,
      select: { status: true },
    })
    const open = docs.filter((doc) => !isFinalCaseStatus(doc.status))
    expect(open.length).toBe(counts.openCases)
    expect(open.length).toBeGreaterThan(0)
    expect(open.length).toBeLessThan(docs.length / 2)
    expect(counts.decisions).toBe(docs.filter((doc) => doc.status === 'decided').length)
  })

  it("should let an authority user find their authority's cases through Payload and the inbox", async () => {
    const police = (await userOf('police@lupa.localhost')) as AuthorityUser
    const authority = idOf(police.authority)
    const { docs, totalDocs } = await payload.find({
      collection: slugs.cases,
      where: { authority: { equals: authority } },
      user: police,
      overrideAccess: false,
      depth: 0,
      limit: 500,
    })
    expect(totalDocs).toBeGreaterThan(1)
    expect(docs.every((doc) => String(idOf(doc.authority)) === String(authority))).toBe(true)
    const inbox = await loadInbox({
      payload,
      user: police,
      locale: 'fi',
      params: new URLSearchParams('status=all&sort=newest'),
    })
    expect(inbox.totalDocs).toBe(totalDocs)
    expect(inbox.rows[0]?.caseNumber).toMatch(/^LUPA-\d{4}-\d+-\d{2}$/)
    expect(inbox.rows[0]?.permitType).not.toBe('')
  })

  it('should show the demo customer a generated application with its cases, history and decisions', async () => {
    const customer = await userOf('customer@lupa.localhost')
    const { docs: applications } = await payload.find({
      collection: slugs.applications,
      where: { id: { not_equals: demoApplication } },
      sort: '-submittedAt',
      user: customer,
      overrideAccess: false,
      depth: 0,
    })
    expect(applications.length).toBeGreaterThan(0)
    const view = await loadApplicationView({
      payload,
      user: customer,
      id: String(applications[0]!.id),
      locale: 'fi',
    })
    if (view.isDraft) throw new Error('a generated application is submitted')
    expect(view.cases).toHaveLength(demo.cases)
    expect(view.cases.every((item) => item.caseNumber.startsWith(view.receiptNumber))).toBe(true)
    expect(view.cases.every((item) => item.authorityName && item.permitTypeName)).toBe(true)
    expect(view.cases.every((item) => item.history.some((entry) => entry.type === 'submitted'))).toBe(true)
    const application = await payload.findByID({
      collection: slugs.applications,
      id: applications[0]!.id,
      ...system,
    })
    const authorities = new Set(view.cases.map((item) => item.authorityName))
    expect(application.partyAuthorities).toHaveLength(authorities.size)
  })
})
