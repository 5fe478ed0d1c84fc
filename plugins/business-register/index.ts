import type { Plugin } from 'payload'

import type { OrganisationDetailsLookup } from '../../src/config/custom'
import type { Env } from '../../src/env'
import type { BusinessRegisterClientOptions } from './businessRegisterClient'
import { createBusinessRegisterClient } from './businessRegisterClient'

export { BusinessRegisterError, createBusinessRegisterClient } from './businessRegisterClient'
export type { BusinessRegisterClient } from './businessRegisterClient'
export { organisationDetailsOf, prhCompaniesSchema } from './domain/prhFormat'
export type { PrhCompanies, PrhCompany } from './domain/prhFormat'

export type BusinessRegisterPluginOptions = {
  /**
   * The business register's open data API (`BUSINESS_REGISTER_URL`), e.g.
   * `https://avoindata.prh.fi/opendata-ytj-api/v3`. Unset, nothing is looked up and an
   * organisation's drafts are prefilled from its record only (name and business ID).
   */
  baseUrl?: string | null
} & Partial<Omit<BusinessRegisterClientOptions, 'baseUrl'>>

/** The plugin's options from the environment. */
export const businessRegisterOptionsFromEnv = (env: Pick<Env, 'BUSINESS_REGISTER_URL'>) => ({
  baseUrl: env.BUSINESS_REGISTER_URL ?? null,
})

const instances = new WeakSet<Plugin>()

/** Whether a plugin of a config's list is this one (tests replace it with their own options). */
export const isBusinessRegisterPlugin = (plugin: Plugin) => instances.has(plugin)

/**
 * The Finnish business register (PRH's YTJ open data API): a customer acting for an
 * organisation gets its name, address and website prefilled in a new application. Adds
 * `config.custom.organisationDetails`, which the core's prefill asks; no collections, so
 * the schema is the same with or without a register.
 */
export const businessRegisterPlugin = ({
  baseUrl,
  ...clientOptions
}: BusinessRegisterPluginOptions = {}): Plugin => {
  const plugin: Plugin = (incoming) => {
    if (!baseUrl) return incoming
    const client = createBusinessRegisterClient({ baseUrl, ...clientOptions })
    const organisationDetails: OrganisationDetailsLookup = ({ businessId, locale }) =>
      client.organisationDetails({ businessId, locale })
    return { ...incoming, custom: { ...incoming.custom, organisationDetails } }
  }
  instances.add(plugin)
  return plugin
}
