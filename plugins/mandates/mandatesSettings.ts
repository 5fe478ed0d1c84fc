import type { Env } from '../../src/env'

/** How Lupa reaches Suomi.fi Mandates (Valtuudet), as DVV issues them for the service. */
export type MandatesSettings = {
  /** The Web API's base URL, e.g. `https://asiointivaltuustarkastus.suomi.fi` (no trailing slash). */
  url: string
  /** Lupa's client id (also the `client_id` of the OAuth 2 flow). */
  clientId: string
  /** The API key that signs every API call (the `X-AsiointivaltuudetAuthorization` checksum). */
  apiKey: string
  /** The OAuth 2 client secret of the code exchange. */
  oauthSecret: string
  /** The mandate issue (asiointiasia) an HPA principal must have authorised for Lupa. */
  issue: string
  /** The issue an authority's official must hold a civil-servant mandate for. */
  civilServantIssue: string
}

/**
 * Default issue codes. DVV assigns the codes of a service when it joins Suomi.fi Mandates;
 * these name the permits-and-supervision handling issue and must be replaced by the
 * codes DVV gives (`MANDATES_ISSUE`, `MANDATES_CIVIL_SERVANT_ISSUE`).
 */
export const defaultMandateIssue = 'lupa-ja-valvonta-asiointi'
export const defaultCivilServantIssue = 'lupa-ja-valvonta-kasittely'

/** The settings from the environment, or null when Mandates is not configured (`MANDATES_URL` unset or a secret missing). */
export const mandatesSettingsOf = (env: Env): MandatesSettings | null => {
  const { MANDATES_URL: url, MANDATES_CLIENT_ID: clientId } = env
  const { MANDATES_API_KEY: apiKey, MANDATES_OAUTH_SECRET: oauthSecret } = env
  if (!url || !clientId || !apiKey || !oauthSecret) return null
  return {
    url: url.replace(/\/+$/, ''),
    clientId,
    apiKey,
    oauthSecret,
    issue: env.MANDATES_ISSUE ?? defaultMandateIssue,
    civilServantIssue: env.MANDATES_CIVIL_SERVANT_ISSUE ?? defaultCivilServantIssue,
  }
}
