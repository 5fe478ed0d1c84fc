import type { DeliveryPolicy } from '../connections/deliveryPolicy'
import type { ConnectionMode } from '../connections/types'
import type { OrganisationDetails } from '../domain/prefill-sources'
import type { Locale } from '../domain/types'
import type { DemoSeed } from '../seed/demoSeed'
import type { RetentionPolicy } from '../retention/retentionPolicy'
import type { HostRouter } from '../server/createApp'
import type { VerifyMailTransport } from './mailTransportVerifier'

/**
 * What Lupa keeps on Payload's `config.custom`: the host's settings and what plugins
 * register there. A plugin declares its own entry by augmenting this interface
 * (`declare module '…/src/config/custom'`) next to the code that writes it.
 */
export interface LupaCustom {
  isProduction?: boolean
  /** Retry timing of deliveries (tests shorten it). */
  deliveryPolicy?: Partial<DeliveryPolicy>
  /** How long old records are kept (see retentionPolicyOf for the defaults). */
  retention?: Partial<RetentionPolicy>
  /** The time; tests pass a controllable clock. */
  clock?: () => Date
  /** The read-only check of the mail server, null when mail is only logged. */
  verifyMailTransport?: VerifyMailTransport | null
  /** The bearer token outside monitors present when they post availability results (`PROBE_TOKEN`). */
  probeToken?: string
  /** The enabled connection modes, in registration order (see connectionModePlugin). */
  connectionModes?: ConnectionMode[]
  /** Express routes plugins serve on the host (see createApp). */
  hostRouters?: HostRouter[]
  /** What plugins add to the demo data (see seedDemo). */
  demoSeeds?: DemoSeed[]
  /**
   * An organisation's details by business ID from the business register, for prefill (see
   * the business-register plugin); unset when no register is configured.
   */
  organisationDetails?: OrganisationDetailsLookup
}

/**
 * Looks an organisation up by business ID: null when the register does not know it; throws
 * when the register cannot be asked (callers then prefill nothing from it).
 */
export type OrganisationDetailsLookup = (args: {
  businessId: string
  /** The language of place names (post offices) where the register has several. */
  locale: Locale
}) => Promise<OrganisationDetails | null>

/** The typed `config.custom` of a config, raw or sanitized. */
export const customOf = (config: { custom?: Record<string, unknown> }): LupaCustom => config.custom ?? {}
