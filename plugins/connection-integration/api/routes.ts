import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { integrationApiPath } from '../integrationSlugs'
import type { IntegrationCaller } from './authenticateApiKey'
import { authenticateApiKey } from './authenticateApiKey'
import type { Case } from '../../../src/payload-types'
import { caseOfAuthority } from './caseOfAuthority'
import type { RouteResult } from './idempotent'
import { idempotent } from './idempotent'
import { answering } from './problem'

/** A read-only route of the integration API, for a caller with a valid API key. */
export const getRoute = (
  path: string,
  handle: (args: { req: PayloadRequest; caller: IntegrationCaller }) => Promise<Response>,
): Endpoint => ({
  path: `${integrationApiPath}${path}`,
  method: 'get',
  handler: (req) => answering(req, async () => handle({ req, caller: await authenticateApiKey(req) })),
})

/**
 * A state-changing route on one case (`:id`): API key, `Idempotency-Key`, the caller's own
 * case (404 otherwise), a JSON body matching the schema (400 otherwise), then the change in
 * one transaction with its stored response.
 */
export const postCaseRoute = <T>(
  path: string,
  schema: z.ZodType<T>,
  handle: (args: {
    req: PayloadRequest
    caller: IntegrationCaller
    caseDoc: Case
    body: T
  }) => Promise<RouteResult>,
): Endpoint => ({
  path: `${integrationApiPath}${path}`,
  method: 'post',
  handler: (req) =>
    answering(req, async () => {
      const caller = await authenticateApiKey(req)
      return idempotent({
        req,
        caller,
        run: async (rawBody) => {
          const caseDoc = await caseOfAuthority({ req, caller, caseId: req.routeParams?.id })
          const body = schema.parse(JSON.parse(rawBody))
          return handle({ req, caller, caseDoc, body })
        },
      })
    }),
})
