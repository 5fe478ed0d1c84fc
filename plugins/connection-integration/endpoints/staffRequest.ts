import type { PayloadRequest } from 'payload'
import { APIError, NotFound } from 'payload'
import type { z } from 'zod'

import { isStaff, userOf } from '../../../src/access/roles'

/** Refuses anyone but the owner and the service producers (403; 401 without a login). */
export const requireStaff = (req: PayloadRequest, what: string) => {
  const user = userOf(req)
  if (!user) throw new APIError('Log in first.', 401, undefined, true)
  if (!isStaff(user)) throw new APIError(`Only the service staff can ${what}.`, 403, undefined, true)
}

/** The JSON body of a staff request checked against a schema; an empty body is `{}`. */
export const staffBodyOf = async <T>(req: PayloadRequest, schema: z.ZodType<T>): Promise<T> => {
  const text = (await req.text?.()) ?? ''
  let value: unknown = {}
  try {
    value = text.trim() ? JSON.parse(text) : {}
  } catch {
    throw new APIError('The body is not valid JSON.', 400, undefined, true)
  }
  const result = schema.safeParse(value)
  if (!result.success)
    throw new APIError(
      `Invalid request: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'} ${issue.message}`).join('; ')}`,
      400,
      undefined,
      true,
    )
  return result.data
}

/** A record by the route's `:id`, read with the system's rights (callers checked the user). */
export const recordOfRoute = async (req: PayloadRequest, collection: string) => {
  const doc = await req.payload
    .findByID({
      collection: collection as never,
      id: String(req.routeParams?.id ?? ''),
      req,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) throw new NotFound(req.t)
  return doc as unknown as Record<string, unknown> & { id: number | string }
}
