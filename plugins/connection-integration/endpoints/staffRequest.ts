import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'
import type { z } from 'zod'

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
