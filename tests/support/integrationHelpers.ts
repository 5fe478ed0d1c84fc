import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { slugs } from '../../src/collections/slugs'
import { submitApplication } from '../../src/submission/submitApplication'
import type { TestUser } from './factories'
import { authorityId, createDraft } from './factories'

type Id = number | string

/** A JSON request to the test server, as a staff user (JWT) or an authority system (API key). */
export const requestTo =
  (baseUrl: string) =>
  (
    path: string,
    {
      method = 'GET',
      jwt,
      apiKey,
      headers = {},
      body,
    }: {
      method?: string
      jwt?: string
      apiKey?: string
      headers?: Record<string, string>
      body?: unknown
    } = {},
  ) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(jwt ? { Authorization: `JWT ${jwt}` } : {}),
        ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })

/** Sets an authority to the integration mode with an endpoint, as staff would in the admin. */
export const useIntegrationMode = async (
  payload: Payload,
  { key, endpointUrl }: { key: string; endpointUrl: string },
) => {
  const id = await authorityId(payload, key)
  await payload.update({
    collection: slugs.authorities,
    id,
    overrideAccess: true,
    data: { connectionMode: 'integration', integrationSettings: { endpointUrl } },
  })
  return id
}

/** Submits the worked example as the customer; answers its case for the given permit type. */
export const submitWorkedExample = async (
  payload: Payload,
  {
    customer,
    bundleId,
    permitType = 'police-public-event-notification',
    values,
  }: { customer: TestUser; bundleId: Id; permitType?: string; values?: Record<string, unknown> },
) => {
  const draft = await createDraft(payload, {
    customer,
    bundleId,
    ...(values ? { values, answers: values } : {}),
  })
  const result = await submitApplication({
    req: await createLocalReq({ user: customer as never }, payload),
    applicationId: draft.id,
    locale: 'fi',
  })
  const caseRef = result.cases.find((item) => item.permitType === permitType)!
  const { docs } = await payload.find({
    collection: slugs.deliveries,
    where: { case: { equals: caseRef.id } },
    overrideAccess: true,
    depth: 0,
  })
  return { caseId: caseRef.id, delivery: docs[0], applicationId: draft.id }
}

export const deliveryById = (payload: Payload, id: Id) =>
  payload.findByID({ collection: slugs.deliveries, id, overrideAccess: true, depth: 0 })

export const caseById = (payload: Payload, id: Id) =>
  payload.findByID({ collection: slugs.cases, id, overrideAccess: true, depth: 0 })

/** Runs queued jobs until the condition holds (or gives up after a number of rounds). */
export const runJobsUntil = async (payload: Payload, isDone: () => Promise<boolean>, rounds = 40) => {
  for (let round = 0; round < rounds; round += 1) {
    await payload.jobs.run({ limit: 100 })
    if (await isDone()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return false
}

export const deliveryStatusIs =
  (payload: Payload, id: Id, ...statuses: string[]) =>
  async () =>
    statuses.includes(String((await deliveryById(payload, id)).status))
