import { isValidBusinessId } from '../../src/domain/business-id'
import type { OrganisationDetails } from '../../src/domain/prefill-sources'
import type { Locale } from '../../src/domain/types'
import { organisationDetailsOf, prhCompaniesSchema } from './domain/prhFormat'

/** The business register could not be asked, or its answer could not be read. */
export class BusinessRegisterError extends Error {
  readonly status: number | null
  constructor({
    problem,
    status = null,
    cause,
  }: {
    problem: string
    status?: number | null
    cause?: unknown
  }) {
    super(`Business register: ${problem}`, cause === undefined ? undefined : { cause })
    this.name = 'BusinessRegisterError'
    this.status = status
  }
}

export type BusinessRegisterClientOptions = {
  /** The open data API's base, e.g. `https://avoindata.prh.fi/opendata-ytj-api/v3` (no trailing slash). */
  baseUrl: string
  /** Time allowed for one look-up. @default 3 s */
  timeoutMs?: number
  /** @default globalThis.fetch */
  fetch?: typeof fetch
  /** Today, to tell ended names from current ones. @default () => new Date() */
  now?: () => Date
}

/**
 * A client of the Finnish business register's open data API (PRH, YTJ open data v3): an
 * organisation's name, address and website by business ID. Nothing is sent but the business
 * ID, which is public.
 */
export const createBusinessRegisterClient = ({
  baseUrl,
  timeoutMs = 3000,
  fetch: fetchImpl = globalThis.fetch,
  now = () => new Date(),
}: BusinessRegisterClientOptions) => ({
  /** The details of the organisation; null when the register does not know the business ID. */
  organisationDetails: async ({
    businessId,
    locale = 'fi',
  }: {
    businessId: string
    locale?: Locale
  }): Promise<OrganisationDetails | null> => {
    const id = businessId.trim()
    if (!isValidBusinessId(id)) return null
    const url = new URL(`${baseUrl.replace(/\/+$/, '')}/companies`)
    url.searchParams.set('businessId', id)
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: { Accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const isTimeout = error instanceof Error && error.name === 'TimeoutError'
      throw new BusinessRegisterError({
        problem: isTimeout ? `no answer in ${timeoutMs} ms` : 'the service could not be reached',
        cause: error,
      })
    }
    // The API answers 404 when no company matches.
    if (response.status === 404) {
      await response.body?.cancel()
      return null
    }
    if (response.status !== 200) {
      await response.body?.cancel()
      throw new BusinessRegisterError({ problem: `HTTP ${response.status}`, status: response.status })
    }
    const body: unknown = await response.json().catch(() => undefined)
    const parsed = prhCompaniesSchema.safeParse(body)
    if (!parsed.success) throw new BusinessRegisterError({ problem: 'unexpected answer', status: 200 })
    return organisationDetailsOf({
      answer: parsed.data,
      businessId: id,
      locale,
      today: now().toISOString().slice(0, 10),
    })
  },
})

export type BusinessRegisterClient = ReturnType<typeof createBusinessRegisterClient>
