import type { Payload } from 'payload'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import { notifyCustomerTaskSlug } from '../../src/notifications/queueCustomerNotification'
import { workedExampleApplication } from '../../src/seed/public-event'
import { seedCatalogue } from '../../src/seed/seed'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from '../support/factories'
import { authorityId, createDraft, createUser } from '../support/factories'
import type { TestSmtpServer } from '../support/smtpServer'
import { startSmtpServer } from '../support/smtpServer'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload } from '../support/testPayload'

type Id = number | string

let test: TestPayload
let payload: Payload
let smtp: TestSmtpServer
let bundleId: Id
let authority: Id
let authorityUser: TestUser

const runJobs = () => payload.jobs.run({ limit: 200 })

const customerSpeaking = async (locale: 'fi' | 'sv' | 'en') => {
  const customer = await createUser(payload, { role: 'customer' })
  await payload.update({
    collection: slugs.users,
    id: customer.id,
    data: { locale },
    overrideAccess: true,
  })
  return customer
}

/** Submits the worked example; returns the noise notification case of our authority. */
const submitCase = async (customer: TestUser) => {
  const draft = await createDraft(payload, { customer, bundleId })
  const result = await submitApplication({
    req: await createLocalReq({ user: customer as never }, payload),
    applicationId: draft.id,
    locale: 'fi',
  })
  const noiseCase = result.cases.find((item) => item.permitType === 'noise-notification')!
  await runJobs()
  return { caseId: noiseCase.id, applicationId: draft.id }
}

const receive = (caseId: Id) =>
  payload.update({
    collection: slugs.cases,
    id: caseId,
    data: { status: 'received' },
    user: authorityUser,
    overrideAccess: false,
  })
const requestSupplement = (caseId: Id) =>
  payload.create({
    collection: slugs.supplementRequests,
    data: {
      case: caseId,
      whatIsMissing: 'Pelastussuunnitelman liite puuttuu.',
      dueDate: '2027-05-01',
    } as never,
    user: authorityUser,
    overrideAccess: false,
  })
const decide = (caseId: Id) =>
  payload.create({
    collection: slugs.decisions,
    data: { case: caseId as number, outcome: 'acknowledged', summary: 'Myönnetty ehdoitta.' },
    user: authorityUser,
    overrideAccess: false,
  })
const writeMessage = (caseId: Id, { isInternal }: { isInternal: boolean }) =>
  payload.create({
    collection: slugs.messages,
    data: { case: caseId, body: 'Hei, tarvitsemme vielä kartan.', isInternal } as never,
    user: authorityUser,
    overrideAccess: false,
  })

const personalData = [
  workedExampleApplication.organiserName,
  workedExampleApplication.contactName,
  workedExampleApplication.contactEmail,
  workedExampleApplication.contactPhone,
  workedExampleApplication.eventAddress,
  workedExampleApplication.eventName,
] as string[]

beforeAll(async () => {
  smtp = await startSmtpServer()
  test = await startTestPayload({
    env: { SMTP_URL: smtp.url },
    deliveryPolicy: { baseDelayMs: 1, maxDelayMs: 1 },
  })
  payload = test.payload
  ;({ bundleId } = await seedCatalogue(payload))
  authority = await authorityId(payload, 'environmental-protection-helsinki')
  authorityUser = await createUser(payload, { role: 'authority-user', authority })
})

afterAll(async () => {
  await test?.close()
  await smtp?.stop()
})

beforeEach(async () => {
  await smtp.start()
})

describe('customer notifications', () => {
  it('should email a Swedish-speaking customer in Swedish when the authority requests a supplement', async () => {
    const customer = await customerSpeaking('sv')
    const { caseId, applicationId } = await submitCase(customer)
    await receive(caseId)
    await runJobs()
    smtp.clear()

    await requestSupplement(caseId)
    await runJobs()
    const emails = smtp.to(customer.email)
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toBe('Lupa: Myndigheten ber dig komplettera din ansökan')
    expect(emails[0].text).toContain(`http://localhost:3999/applications/${applicationId}`)
  })

  it('should email a Swedish-speaking customer in Swedish when a decision is recorded', async () => {
    const customer = await customerSpeaking('sv')
    const { caseId } = await submitCase(customer)
    await receive(caseId)
    await runJobs()
    smtp.clear()

    await decide(caseId)
    await runJobs()
    const emails = smtp.to(customer.email)
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toBe('Lupa: Ett beslut har fattats om din ansökan')
    expect(emails[0].text).toContain('Myndigheten har fattat beslut')
  })

  it('should name the new status in the customer’s language when the authority moves the case', async () => {
    const customer = await customerSpeaking('fi')
    const { caseId } = await submitCase(customer)
    await receive(caseId)
    await runJobs()
    const emails = smtp.to(customer.email)
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toBe('Lupa: Hakemuksesi tila on muuttunut')
    expect(emails[0].text).toContain('Uusi tila: Vastaanotettu.')
  })

  it('should leave personal data and what the authority wrote out of the email', async () => {
    const customer = await customerSpeaking('en')
    const { caseId } = await submitCase(customer)
    await receive(caseId)
    await requestSupplement(caseId)
    await writeMessage(caseId, { isInternal: false })
    await decide(caseId)
    await runJobs()
    const emails = smtp.to(customer.email)
    expect(emails).toHaveLength(4)
    for (const email of emails) {
      for (const text of [...personalData, 'Pelastussuunnitelman', 'kartan', 'Myönnetty ehdoitta']) {
        expect(email.raw).not.toContain(text)
        expect(email.text).not.toContain(text)
      }
    }
  })

  it("should email the customer about an authority's message to them", async () => {
    const customer = await customerSpeaking('en')
    const { caseId } = await submitCase(customer)
    await writeMessage(caseId, { isInternal: false })
    await runJobs()
    const emails = smtp.to(customer.email)
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toBe('Lupa: You have a new message from the authority')
  })

  it('should not email the customer about a message between authorities', async () => {
    const customer = await customerSpeaking('fi')
    const { caseId } = await submitCase(customer)
    await writeMessage(caseId, { isInternal: true })
    await runJobs()
    expect(smtp.to(customer.email)).toHaveLength(0)
  })

  it('should not email the customer when the system marks the case delivered', async () => {
    await payload.update({
      collection: slugs.authorities,
      id: authority,
      data: { connectionMode: 'simplified' },
      overrideAccess: true,
    })
    try {
      const customer = await customerSpeaking('fi')
      const { caseId } = await submitCase(customer)
      await runJobs()
      const caseDoc = await payload.findByID({ collection: slugs.cases, id: caseId, overrideAccess: true })
      expect(caseDoc.status).toBe('delivered')
      expect(smtp.to(customer.email)).toHaveLength(0)
    } finally {
      await payload.update({
        collection: slugs.authorities,
        id: authority,
        data: { connectionMode: 'none' },
        overrideAccess: true,
      })
    }
  })

  it('should send nothing when the write that caused it is rolled back', async () => {
    const customer = await customerSpeaking('fi')
    const { caseId } = await submitCase(customer)
    const jobsBefore = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: notifyCustomerTaskSlug } },
      overrideAccess: true,
    })
    const req = await createLocalReq({ user: authorityUser as never }, payload)
    await initTransaction(req)
    await payload.create({
      collection: slugs.messages,
      data: { case: caseId, body: 'Tämä perutaan.', isInternal: false } as never,
      req,
      user: authorityUser,
      overrideAccess: false,
    })
    await killTransaction(req)
    await runJobs()
    const jobsAfter = await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: notifyCustomerTaskSlug } },
      overrideAccess: true,
    })
    expect(jobsAfter.totalDocs).toBe(jobsBefore.totalDocs)
    expect(smtp.to(customer.email)).toHaveLength(0)
  })

  it('should keep the write and retry the email while the mail server is down', async () => {
    const customer = await customerSpeaking('fi')
    const { caseId } = await submitCase(customer)
    await smtp.stop()
    const message = await writeMessage(caseId, { isInternal: false })
    expect(message.id).toBeDefined()
    await runJobs()
    expect(smtp.to(customer.email)).toHaveLength(0)

    await smtp.start()
    await new Promise((resolve) => setTimeout(resolve, 20))
    await runJobs()
    expect(smtp.to(customer.email)).toHaveLength(1)
  })
})
