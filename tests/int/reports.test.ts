import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { monthOf } from '../../plugins/reports/domain/availability'
import type { MonthlyReport } from '../../plugins/reports/domain/reports'
import { seedCatalogue } from '../../src/seed/seed'
import type { TestUser } from '../support/factories'
import { authorityId, createUser, tokenOf } from '../support/factories'
import { authorityActs, submitWorkedExampleAs } from '../support/oneViewHelpers'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

type Doc = Record<string, unknown> & { id: number | string }

const dayMs = 86_400_000

let test: TestPayload
let payload: Payload
let host: Awaited<ReturnType<typeof startTestServer>>
let users: Record<'owner' | 'producer' | 'authority' | 'customer', TestUser>
let submittedMonth: string
let decidedMonth: string
let caseCount: number

const get = async (user: TestUser | null, query: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/reports/monthly?${query}`, {
    headers: { ...headers, ...(user ? { authorization: `JWT ${await tokenOf(payload, user)}` } : {}) },
  })

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  host = await startTestServer(test)
  const { bundleId } = await seedCatalogue(payload)
  const environment = await authorityId(payload, 'environmental-protection-helsinki')
  const police = await authorityId(payload, 'police-helsinki')
  users = {
    owner: await createUser(payload, { role: 'owner' }),
    producer: await createUser(payload, { role: 'service-producer' }),
    authority: await createUser(payload, { role: 'authority-user', authority: environment }),
    customer: await createUser(payload, { role: 'customer' }),
  }
  const policeUser = await createUser(payload, { role: 'authority-user', authority: police })
  const { applicationId, cases } = await submitWorkedExampleAs(payload, {
    customer: users.customer,
    bundleId,
  })
  caseCount = cases.length
  const caseOf = async (authority: number | string) =>
    (
      (await payload.find({
        collection: slugs.cases,
        where: { application: { equals: applicationId }, authority: { equals: authority } },
        overrideAccess: true,
        depth: 0,
        limit: 1,
      })) as unknown as { docs: Doc[] }
    ).docs[0]
  const environmentCase = await caseOf(environment)
  const policeCase = await caseOf(police)
  const environmentActs = authorityActs(payload, users.authority)
  await environmentActs.receive(environmentCase.id)
  await environmentActs.decide(environmentCase.id)
  const policeActs = authorityActs(payload, policeUser)
  await policeActs.receive(policeCase.id)
  await policeActs.requestSupplement(policeCase.id, 'A map of the area')

  // The application was submitted seven and a half days before the decision.
  const decided = (await payload.findByID({
    collection: slugs.cases,
    id: environmentCase.id,
    overrideAccess: true,
  })) as unknown as Doc
  const decidedAt = new Date(String(decided.decidedAt))
  const submittedAt = new Date(decidedAt.getTime() - 7.5 * dayMs)
  await payload.db.updateOne({
    collection: slugs.applications,
    id: applicationId,
    data: { submittedAt: submittedAt.toISOString() },
  })
  submittedMonth = monthOf(submittedAt)
  decidedMonth = monthOf(decidedAt)
})

afterAll(async () => {
  await host?.close()
  await test?.close()
})

describe('monthly report endpoint', () => {
  it('is refused to anyone but the owner and the service producers', async () => {
    const query = `from=${submittedMonth}&to=${decidedMonth}`
    expect((await get(null, query)).status).toBe(401)
    expect((await get(users.customer, query)).status).toBe(403)
    expect((await get(users.authority, query)).status).toBe(403)
    expect((await get(users.producer, query)).status).toBe(200)
    expect((await get(users.owner, query)).status).toBe(200)
  })

  it('answers bad months with a localised message per parameter', async () => {
    const response = await get(users.owner, 'from=2026-13&to=2026-01', { 'accept-language': 'fi' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ path: 'from', message: 'Anna kuukausi muodossa VVVV-KK.' }],
    })
    const reversed = await get(users.owner, 'from=2026-05&to=2026-01', { 'accept-language': 'en' })
    expect((await reversed.json()).errors).toEqual([
      { path: 'to', message: 'The last month cannot be before the first.' },
    ])
    const tooLong = await get(users.owner, 'from=2020-01&to=2026-01')
    expect(tooLong.status).toBe(400)
  })

  it('reports applications, cases, processing times, supplements and deliveries from the records', async () => {
    const response = await get(users.owner, `from=${submittedMonth}&to=${decidedMonth}`)
    const report = (await response.json()) as MonthlyReport
    expect(report.availabilityTarget).toBe(0.99)
    const submitted = report.months.find((m) => m.month === submittedMonth)!
    const decided = report.months.find((m) => m.month === decidedMonth)!
    expect(submitted.applications.total).toBe(1)
    expect(Object.values(submitted.applications.byBundle)).toEqual([1])
    expect(submitted.cases.total).toBe(caseCount)
    expect(Object.values(submitted.cases.byAuthority).reduce((a, b) => a + b, 0)).toBe(caseCount)
    expect(submitted.supplements).toEqual({ cases: caseCount, withRequest: 1, rate: 1 / caseCount })
    expect(decided.processing).toHaveLength(1)
    expect(decided.processing[0]).toMatchObject({ decided: 1, medianDays: 7.5, p90Days: 7.5 })
    const { totalDocs: deliveries } = await payload.count({
      collection: slugs.deliveries,
      overrideAccess: true,
    })
    expect(report.months.reduce((sum, m) => sum + m.deliveries.total, 0)).toBe(deliveries)
  })

  it('exports the same figures as CSV to download', async () => {
    const response = await get(users.producer, `from=${submittedMonth}&to=${decidedMonth}&format=csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="lupa-report-${submittedMonth}-${decidedMonth}.csv"`,
    )
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toBe('month,section,group,measure,value')
    expect(lines).toContain(`${submittedMonth},cases,,count,${caseCount}`)
    expect(
      lines.some(
        (line) => line.startsWith(`${decidedMonth},processing time,`) && line.endsWith(',median days,7.5'),
      ),
    ).toBe(true)
  })
})
