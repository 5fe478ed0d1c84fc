import type { Payload } from 'payload'

import type { Id } from '../../src/collections/relations'
import { defaultEntitlingRoles } from './entitlingRoles'
import type { AuthorizationResult, MandatesClient } from './mandatesClient'
import { createMandatesClient } from './mandatesClient'
import type { MandatesSettings } from './mandatesSettings'
import { customOf } from '../../src/config/custom'

/** The signed-in person's personal identity code, or null when they were not identified with one. */
export type PersonalIdentityCodeOf = (payload: Payload, userId: Id) => Promise<string | null>

/** Asks whether an official holds a civil-servant mandate of an authority for the issue. */
export type CivilServantMandateCheck = (args: {
  personalIdentityCode: string
  /** The authority's business id. */
  businessId: string
  issue: string
}) => Promise<AuthorizationResult>

export type MandatesPluginOptions = {
  /**
   * How to reach Suomi.fi Mandates (`mandatesSettingsOf(env)`). Without settings the plugin
   * keeps its collections and routes, but every flow answers `unavailable` and nothing is
   * scheduled: the schema never depends on the environment.
   */
  settings?: MandatesSettings | null
  /**
   * The signed-in user's personal identity code (from the identification plugin). A user
   * without one (demo users, Virtu officials) cannot start a flow and needs no
   * civil-servant mandate.
   * @default () => null
   */
  personalIdentityCodeOf?: PersonalIdentityCodeOf
  /** YPA role codes that let a person act for the organisation. @default defaultEntitlingRoles */
  entitlingRoles?: readonly string[]
  /** How long a verified mandate lets the user act before they must verify again. @default 8 hours (the session length) */
  verificationTtlMs?: number
  /** How long a started flow waits for the browser to come back. @default 10 minutes */
  flowTtlMs?: number
  /** Time allowed for one call of the Web API. @default 10 s */
  timeoutMs?: number
  /**
   * Authority users identified with a personal identity code must hold a civil-servant
   * mandate of their authority.
   * @default true
   */
  isCivilServantMandateRequired?: boolean
  /**
   * The civil-servant mandate check.
   * @default the client's `civilServantAuthorization` (an assumed endpoint, see docs/mandates.md)
   */
  checkCivilServantMandate?: CivilServantMandateCheck
  /** How often the civil-servant mandates of authority users are checked again. @default 24 hours */
  civilServantCheckIntervalMs?: number
  /** How often expired mandates are ended (their organisations taken off the users). @default 1 hour */
  expiryCheckIntervalMs?: number
}

/** The options as the plugin runs with them, kept on `config.custom.mandates`. */
export type MandatesRuntime = {
  settings: MandatesSettings | null
  client: MandatesClient | null
  personalIdentityCodeOf: PersonalIdentityCodeOf
  entitlingRoles: readonly string[]
  verificationTtlMs: number
  flowTtlMs: number
  isCivilServantMandateRequired: boolean
  checkCivilServantMandate: CivilServantMandateCheck | null
  civilServantCheckIntervalMs: number
  expiryCheckIntervalMs: number
}

const hour = 60 * 60 * 1000

export const resolveOptions = (options: MandatesPluginOptions): MandatesRuntime => {
  const settings = options.settings ?? null
  const client = settings ? createMandatesClient({ settings, timeoutMs: options.timeoutMs }) : null
  const durations = {
    verificationTtlMs: options.verificationTtlMs ?? 8 * hour,
    flowTtlMs: options.flowTtlMs ?? 10 * 60 * 1000,
    civilServantCheckIntervalMs: options.civilServantCheckIntervalMs ?? 24 * hour,
    expiryCheckIntervalMs: options.expiryCheckIntervalMs ?? hour,
  }
  for (const [name, value] of Object.entries(durations))
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`mandatesPlugin: ${name} must be a positive number of milliseconds`)
  return {
    settings,
    client,
    personalIdentityCodeOf: options.personalIdentityCodeOf ?? (async () => null),
    entitlingRoles: options.entitlingRoles ?? defaultEntitlingRoles,
    isCivilServantMandateRequired: options.isCivilServantMandateRequired ?? true,
    checkCivilServantMandate:
      options.checkCivilServantMandate ??
      (client && settings ? (args) => client.civilServantAuthorization(args) : null),
    ...durations,
  }
}

declare module '../../src/config/custom' {
  interface LupaCustom {
    /** The mandates plugin's options as it runs with them. */
    mandates?: MandatesRuntime
  }
}

/** The running plugin's options; throws when the plugin is not in the config. */
export const runtimeOf = (payload: Payload): MandatesRuntime => {
  const runtime = customOf(payload.config).mandates
  if (!runtime) throw new Error('The mandates plugin is not configured')
  return runtime
}
