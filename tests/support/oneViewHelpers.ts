import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { slugs } from '../../src/collections/slugs'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from './factories'
import { createDraft } from './factories'
import { minimalPdf } from './minimalPdf'

export { minimalPdf }

type Id = number | string

/**
 * Submits the worked example (a public event in a Helsinki park, nine cases) as the
 * customer, optionally on behalf of an organisation; gives the application and its cases
 * by permit type key.
 */
export const submitWorkedExampleAs = async (
  payload: Payload,
  { customer, bundleId, onBehalfOf }: { customer: TestUser; bundleId: Id; onBehalfOf?: Id },
) => {
  const draft = await createDraft(payload, { customer, bundleId, onBehalfOf })
  const result = await submitApplication({
    req: await createLocalReq({ user: customer as never }, payload),
    applicationId: draft.id,
    locale: 'fi',
  })
  return {
    applicationId: draft.id,
    caseOf: (permitType: string) => result.cases.find((item) => item.permitType === permitType)!.id,
    cases: result.cases,
  }
}

const asAuthority = (user: TestUser) => ({ user, overrideAccess: false, depth: 0 }) as const

/**
 * An authority user working on their case through the Local API with their own access, as
 * the authority workspace and the integration API do: the collections' hooks run as then.
 */
export const authorityActs = (payload: Payload, user: TestUser) => ({
  receive: (caseId: Id) =>
    payload.update({
      collection: slugs.cases,
      id: caseId,
      data: { status: 'received' } as never,
      ...asAuthority(user),
    }),
  setStatus: (caseId: Id, status: string) =>
    payload.update({ collection: slugs.cases, id: caseId, data: { status } as never, ...asAuthority(user) }),
  message: (caseId: Id, body: string) =>
    payload.create({
      collection: slugs.messages,
      data: { case: caseId, body } as never,
      ...asAuthority(user),
    }),
  /** Between the authorities of the application: never shown to the customer. */
  internalMessage: (applicationId: Id, body: string) =>
    payload.create({
      collection: slugs.messages,
      data: { application: applicationId, isInternal: true, body } as never,
      ...asAuthority(user),
    }),
  /** One requested item; items with the same `batch` are one request. */
  requestSupplement: (caseId: Id, whatIsMissing: string, dueDate = '2099-01-31', batch?: string) =>
    payload.create({
      collection: slugs.supplementRequests,
      data: { case: caseId, whatIsMissing, dueDate, batch } as never,
      ...asAuthority(user),
    }),
  /**
   * Decides the case; the document is stored for the case's parties, as the authority
   * workspace and the integration API store decision documents.
   */
  decide: async (
    caseId: Id,
    {
      outcome = 'acknowledged',
      summary = 'Myönnetty ehdoitta.',
      conditions = [] as string[],
      withDocument = false,
    } = {},
  ) => {
    const caseDoc = await payload.findByID({ collection: slugs.cases, id: caseId, ...asAuthority(user) })
    const data = minimalPdf()
    const document = withDocument
      ? await payload.create({
          collection: slugs.attachments,
          overrideAccess: true,
          user,
          data: {
            description: 'paatos.pdf',
            isLocked: true,
            applicant: caseDoc.applicant,
            onBehalfOf: caseDoc.onBehalfOf,
            authorities: [caseDoc.authority],
          } as never,
          file: { data, mimetype: 'application/pdf', name: `decision-${caseDoc.id}.pdf`, size: data.length },
        })
      : null
    return payload.create({
      collection: slugs.decisions,
      data: {
        case: caseId,
        outcome,
        summary,
        conditions: conditions.map((text) => ({ text })),
        document: document?.id,
      } as never,
      ...asAuthority(user),
    })
  },
})
