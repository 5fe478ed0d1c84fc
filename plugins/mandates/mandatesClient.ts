import { createHmac, randomUUID } from 'node:crypto'

import { z } from 'zod'

import type { MandatesSettings } from './mandatesSettings'

/** YPA: acting for an organisation (yrityksen puolesta asiointi); HPA: for a person (henkilön puolesta asiointi). */
export const mandatesKinds = ['ypa', 'hpa'] as const
export type MandatesKind = (typeof mandatesKinds)[number]

export const isMandatesKind = (value: unknown): value is MandatesKind =>
  mandatesKinds.includes(value as MandatesKind)

/** The calls of the Web API, named in errors and logs (never a path: paths carry identity codes). */
export type MandatesOperation =
  'register' | 'token' | 'organisation-roles' | 'delegates' | 'authorization' | 'civil-servant-authorization'

/**
 * A call to Suomi.fi Mandates failed. The message names the operation and the HTTP status
 * only: the request's path may hold a personal identity code, so it is never part of it.
 */
export class MandatesApiError extends Error {
  readonly operation: MandatesOperation
  readonly status: number | null
  constructor({
    operation,
    status = null,
    problem,
    cause,
  }: {
    operation: MandatesOperation
    status?: number | null
    problem: string
    cause?: unknown
  }) {
    super(`Suomi.fi Mandates ${operation}: ${problem}`, cause === undefined ? undefined : { cause })
    this.name = 'MandatesApiError'
    this.operation = operation
    this.status = status
  }
}

/** The Web API session has expired (401 on an API call): the user must start again. */
export class MandatesSessionExpiredError extends MandatesApiError {
  constructor(operation: MandatesOperation) {
    super({ operation, status: 401, problem: 'the Web API session has expired' })
    this.name = 'MandatesSessionExpiredError'
  }
}

/** The service did not answer in time, could not be reached, or failed (5xx): try again later. */
export class MandatesUnavailableError extends MandatesApiError {
  constructor(args: {
    operation: MandatesOperation
    status?: number | null
    problem: string
    cause?: unknown
  }) {
    super(args)
    this.name = 'MandatesUnavailableError'
  }
}

/** An ISO 8601 timestamp with an explicit offset and whole seconds, as the checksum header carries it. */
export const timestampOf = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, '+00:00')

/** base64(HMAC-SHA256(API key, `<path-with-query> <timestamp>`)). */
export const checksumOf = ({
  apiKey,
  pathWithQuery,
  timestamp,
}: {
  apiKey: string
  pathWithQuery: string
  timestamp: string
}) => createHmac('sha256', apiKey).update(`${pathWithQuery} ${timestamp}`).digest('base64')

/** The `X-AsiointivaltuudetAuthorization` value: `<clientId> <timestamp> <checksum>`. */
export const checksumHeaderOf = ({
  clientId,
  apiKey,
  pathWithQuery,
  timestamp,
}: {
  clientId: string
  apiKey: string
  pathWithQuery: string
  timestamp: string
}) => `${clientId} ${timestamp} ${checksumOf({ apiKey, pathWithQuery, timestamp })}`

export const checksumHeaderName = 'X-AsiointivaltuudetAuthorization'

const sessionSchema = z.object({ sessionId: z.string().min(1), userId: z.string().min(1) })
const tokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', 'not a bearer token'),
  expires_in: z.number().optional(),
})
const organisationRolesSchema = z.array(
  z.object({
    name: z.string(),
    identifier: z.string(),
    roles: z
      .array(z.string())
      .nullish()
      .transform((roles) => roles ?? []),
    complete: z.boolean().optional(),
  }),
)
const delegatesSchema = z.array(z.object({ personId: z.string().min(1), name: z.string() }))
const authorizationSchema = z.object({ result: z.enum(['ALLOWED', 'DISALLOWED']) })

export type MandatesSession = z.infer<typeof sessionSchema>
/** An organisation the user chose on the authorisation page, with their roles in it. */
export type OrganisationRoles = z.infer<typeof organisationRolesSchema>[number]
/** A person the user chose to act for. `personId` is the principal's personal identity code. */
export type Delegate = z.infer<typeof delegatesSchema>[number]
export type AuthorizationResult = z.infer<typeof authorizationSchema>['result']

export type MandatesClientOptions = {
  settings: MandatesSettings
  /** @default globalThis.fetch */
  fetch?: typeof fetch
  /** The time of the checksum header. @default () => new Date() */
  now?: () => Date
  /** Time allowed for one call. @default 10 s */
  timeoutMs?: number
}

const segment = (value: string) => encodeURIComponent(value)

/** Calls made within a user's Web API session: a 401 there means the session has expired. */
const sessionOperations = new Set<MandatesOperation>(['organisation-roles', 'delegates', 'authorization'])

/**
 * A client of the Suomi.fi Mandates (Valtuudet) Web API, as DVV's reference clients use it:
 * every API call carries the checksum header; API calls of a session also the OAuth bearer token.
 */
export const createMandatesClient = ({
  settings,
  fetch: fetchImpl = globalThis.fetch,
  now = () => new Date(),
  timeoutMs = 10_000,
}: MandatesClientOptions) => {
  const urlOf = (path: string, query: Record<string, string>) =>
    new URL(`${settings.url}${path}?${new URLSearchParams(query).toString()}`)

  const call = async <T>({
    operation,
    url,
    method = 'GET',
    headers = {},
    isChecksummed = true,
    schema,
  }: {
    operation: MandatesOperation
    url: URL
    method?: 'GET' | 'POST'
    headers?: Record<string, string>
    isChecksummed?: boolean
    schema: z.ZodType<T>
  }): Promise<T> => {
    const checksum: Record<string, string> = isChecksummed
      ? {
          [checksumHeaderName]: checksumHeaderOf({
            clientId: settings.clientId,
            apiKey: settings.apiKey,
            pathWithQuery: `${url.pathname}${url.search}`,
            timestamp: timestampOf(now()),
          }),
        }
      : {}
    let response: Response
    try {
      response = await fetchImpl(url, {
        method,
        headers: { Accept: 'application/json', ...checksum, ...headers },
        // A redirect would carry the bearer token elsewhere.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const isTimeout = error instanceof Error && error.name === 'TimeoutError'
      throw new MandatesUnavailableError({
        operation,
        problem: isTimeout ? `no answer in ${timeoutMs} ms` : 'the service could not be reached',
        cause: error,
      })
    }
    if (response.status === 401 && sessionOperations.has(operation)) {
      await response.body?.cancel()
      throw new MandatesSessionExpiredError(operation)
    }
    if (response.status >= 500) {
      await response.body?.cancel()
      throw new MandatesUnavailableError({
        operation,
        status: response.status,
        problem: `HTTP ${response.status}`,
      })
    }
    if (response.status !== 200) {
      await response.body?.cancel()
      throw new MandatesApiError({ operation, status: response.status, problem: `HTTP ${response.status}` })
    }
    const body: unknown = await response.json().catch(() => undefined)
    const parsed = schema.safeParse(body)
    if (!parsed.success)
      throw new MandatesApiError({ operation, status: response.status, problem: 'unexpected answer' })
    return parsed.data
  }

  const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` })

  return {
    /** Starts a Web API session for the signed-in person (their personal identity code). */
    registerSession: ({ kind, personalIdentityCode }: { kind: MandatesKind; personalIdentityCode: string }) =>
      call({
        operation: 'register',
        url: urlOf(
          `/service/${kind}/user/register/${segment(settings.clientId)}/${segment(personalIdentityCode)}`,
          {
            requestId: randomUUID(),
          },
        ),
        schema: sessionSchema,
      }),

    /** Where the browser chooses the principal; the service returns to `redirectUri` with a code (and `state`). */
    authorizeUrl: ({
      userId,
      redirectUri,
      lang,
      state,
    }: {
      userId: string
      redirectUri: string
      lang: 'fi' | 'sv' | 'en'
      state: string
    }) =>
      urlOf('/oauth/authorize', {
        client_id: settings.clientId,
        response_type: 'code',
        redirect_uri: redirectUri,
        user: userId,
        lang,
        state,
      }).toString(),

    /** Exchanges the authorisation code for an access token (Basic auth with the OAuth secret). */
    exchangeCode: ({ code, redirectUri }: { code: string; redirectUri: string }) =>
      call({
        operation: 'token',
        method: 'POST',
        url: urlOf('/oauth/token', { code, grant_type: 'authorization_code', redirect_uri: redirectUri }),
        headers: {
          Authorization: `Basic ${Buffer.from(`${settings.clientId}:${settings.oauthSecret}`).toString('base64')}`,
        },
        isChecksummed: false,
        schema: tokenSchema,
      }),

    /** YPA: the organisations chosen and the user's roles in each. */
    organisationRoles: ({ sessionId, accessToken }: { sessionId: string; accessToken: string }) =>
      call({
        operation: 'organisation-roles',
        url: urlOf(`/service/ypa/api/organizationRoles/${segment(sessionId)}`, { requestId: randomUUID() }),
        headers: bearer(accessToken),
        schema: organisationRolesSchema,
      }),

    /** HPA: the persons the user chose to act for. */
    delegates: ({ sessionId, accessToken }: { sessionId: string; accessToken: string }) =>
      call({
        operation: 'delegates',
        url: urlOf(`/service/hpa/api/delegate/${segment(sessionId)}`, { requestId: randomUUID() }),
        headers: bearer(accessToken),
        schema: delegatesSchema,
      }),

    /** HPA: whether the principal has authorised the user for the issue. */
    authorization: async ({
      sessionId,
      accessToken,
      principalId,
      issue,
    }: {
      sessionId: string
      accessToken: string
      principalId: string
      issue: string
    }): Promise<AuthorizationResult> =>
      (
        await call({
          operation: 'authorization',
          url: urlOf(`/service/hpa/api/authorization/${segment(sessionId)}/${segment(principalId)}`, {
            requestId: randomUUID(),
            issues: issue,
          }),
          headers: bearer(accessToken),
          schema: authorizationSchema,
        })
      ).result,

    /**
     * Whether an official holds a civil-servant mandate of the authority (its business id)
     * for the issue. ASSUMED endpoint (see docs/mandates.md): DVV's server-to-server REST
     * interface, modelled on its published HPA REST call
     * `/service/rest/hpa/authorization/{clientId}/{delegateId}/{principalId}`; no browser
     * session, so it can be asked again in the background.
     */
    civilServantAuthorization: async ({
      personalIdentityCode,
      businessId,
      issue,
    }: {
      personalIdentityCode: string
      businessId: string
      issue: string
    }): Promise<AuthorizationResult> =>
      (
        await call({
          operation: 'civil-servant-authorization',
          url: urlOf(
            `/service/rest/ypa/authorization/${segment(settings.clientId)}/${segment(personalIdentityCode)}/${segment(businessId)}`,
            { requestId: randomUUID(), issues: issue },
          ),
          schema: authorizationSchema,
        })
      ).result,
  }
}

export type MandatesClient = ReturnType<typeof createMandatesClient>
