import type { PayloadRequest } from 'payload'
import { APIError, Forbidden, NotFound, ValidationError } from 'payload'
import { ZodError } from 'zod'

import { CaseActionError } from '../../../src/cases/caseActions'

export type Issue = { path: string; message: string }

/** A refusal the integration API answers as an RFC 9457 problem document. */
export class ProblemError extends Error {
  readonly status: number
  readonly extra: { issues?: Issue[]; allowed?: string[]; detail?: string }
  readonly headers: Record<string, string>

  constructor({
    status,
    title,
    headers = {},
    ...extra
  }: {
    status: number
    title: string
    detail?: string
    issues?: Issue[]
    allowed?: string[]
    headers?: Record<string, string>
  }) {
    super(title)
    this.name = 'ProblemError'
    this.status = status
    this.extra = extra
    this.headers = headers
  }
}

/** Headers of every integration API answer: personal data is never cached. */
export const noStore = { 'cache-control': 'no-store' }

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...noStore, ...headers } })

const problemResponse = (error: ProblemError) =>
  new Response(
    JSON.stringify({ type: 'about:blank', title: error.message, status: error.status, ...error.extra }),
    {
      status: error.status,
      headers: { 'content-type': 'application/problem+json', ...noStore, ...error.headers },
    },
  )

export const notFound = () => new ProblemError({ status: 404, title: 'Not found' })

export const issuesOfZod = (error: ZodError): Issue[] =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))

/**
 * The problem an error stands for. Client mistakes keep their status (malformed JSON and
 * schema violations 400, someone else's or unknown records 404, illegal status moves 409
 * with the allowed ones, a document over the upload limit 413); anything unexpected is logged and answered with a bare 500.
 */
export const problemOf = (error: unknown, req: PayloadRequest): ProblemError => {
  if (error instanceof ProblemError) return error
  if (error instanceof CaseActionError) {
    if (error.kind === 'not-found') return notFound()
    if (error.kind === 'illegal-transition')
      return new ProblemError({ status: 409, title: error.message, allowed: error.allowed })
    return new ProblemError({
      status: error.kind === 'too-large' ? 413 : 400,
      title: error.message,
      issues: error.issues.map(({ path, message }) => ({ path, message })),
    })
  }
  if (error instanceof ZodError)
    return new ProblemError({ status: 400, title: 'The request is not valid', issues: issuesOfZod(error) })
  if (error instanceof SyntaxError)
    return new ProblemError({ status: 400, title: 'The body is not valid JSON' })
  if (error instanceof ValidationError) {
    const issues = (error.data?.errors ?? []).map((item) => ({
      path: String(item.path ?? ''),
      message: String(item.message ?? ''),
    }))
    return new ProblemError({ status: 400, title: 'The request is not valid', issues })
  }
  if (error instanceof NotFound || error instanceof Forbidden) return notFound()
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    const allowed = (error.data as { allowed?: unknown } | null)?.allowed
    return new ProblemError({
      status: error.status,
      title: error.isPublic ? error.message : 'The request was refused',
      ...(Array.isArray(allowed) ? { allowed: allowed.map(String) } : {}),
    })
  }
  req.payload.logger.error({ err: error, msg: 'Integration API request failed' })
  return new ProblemError({ status: 500, title: 'Something went wrong' })
}

/** Runs a handler and answers its errors as problem documents. */
export const answering = async (req: PayloadRequest, handler: () => Promise<Response>) => {
  try {
    return await handler()
  } catch (error) {
    return problemResponse(problemOf(error, req))
  }
}
