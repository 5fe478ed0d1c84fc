import type { CollectionConfig, Plugin } from 'payload'

import { auditHooks } from '../../src/access/auditHooks'
import { slugs } from '../../src/collections/slugs'
import { appendToCollection } from '../../src/config/appendToCollection'
import type { HostRouter } from '../../src/server/createApp'
import { checkCivilServantMandatesTask } from './civilServantMandate'
import { MandateFlows } from './collections/MandateFlows'
import { Mandates } from './collections/Mandates'
import { PrincipalChoices } from './collections/PrincipalChoices'
import { expireMandatesTask } from './expireMandatesTask'
import { mandatesBasePath } from './flows'
import {
  auditMandateField,
  civilServantMandateField,
  defaultOnBehalfOfToPrincipal,
  recordPrincipalOnAudit,
  refuseMissingCivilServantMandate,
} from './hooks'
import type { MandatesPluginOptions } from './mandatesOptions'
import { resolveOptions } from './mandatesOptions'
import { mandatesRouter } from './mandatesRouter'
import { mandatesTaskSlugs } from './mandatesSlugs'
import { ensureScheduled } from '../../src/jobs/scheduling'
import { customOf } from '../../src/config/custom'

export type {
  MandatesPluginOptions,
  PersonalIdentityCodeOf,
  CivilServantMandateCheck,
} from './mandatesOptions'
export type { MandatesSettings } from './mandatesSettings'
export { mandatesSettingsOf } from './mandatesSettings'
export type { Principal } from './principal'
export { currentPrincipal } from './principal'
export type { CivilServantMandateStatus } from './civilServantMandate'
export { verifyCivilServantMandate } from './civilServantMandate'
export { mandatesSlugs, mandatesTaskSlugs } from './mandatesSlugs'
export { flowOutcomes } from './returnTo'
export type { FlowOutcome } from './returnTo'

const withAudit = (collection: CollectionConfig) =>
  appendToCollection(collection, { hooks: auditHooks(collection.slug) })

const instances = new WeakSet<Plugin>()

/** Whether a plugin of a config's list is this one (tests replace it with their own options). */
export const isMandatesPlugin = (plugin: Plugin) => instances.has(plugin)

/**
 * Suomi.fi Mandates: a signed-in customer may choose to act for an organisation (YPA) or a
 * person (HPA) after the service confirms it; civil-servant mandates of authority users
 * identified through Suomi.fi. Adds the `mandates`, `mandate-flows` and `principal-choices`
 * collections, the routes under `/mandates` (through `config.custom.hostRouters`), the
 * principal on audit entries (`mandate`), the chosen organisation as a new application's
 * `onBehalfOf`, the users' `civilServantMandate`, and the expiry and civil-servant check jobs.
 */
export const mandatesPlugin = (options: MandatesPluginOptions = {}): Plugin => {
  const plugin: Plugin = (incoming) => {
    const runtime = resolveOptions(options)
    const hostRouter: HostRouter = { path: mandatesBasePath, router: mandatesRouter }
    const collections = (incoming.collections ?? []).map((collection) => {
      if (collection.slug === slugs.auditLog)
        return appendToCollection(collection, {
          fields: [auditMandateField],
          hooks: { beforeChange: [recordPrincipalOnAudit] },
        })
      if (collection.slug === slugs.applications)
        return appendToCollection(collection, { hooks: { beforeChange: [defaultOnBehalfOfToPrincipal] } })
      if (collection.slug === slugs.users)
        return appendToCollection(collection, {
          fields: [civilServantMandateField],
          hooks: { beforeLogin: [refuseMissingCivilServantMandate] },
        })
      return collection
    })
    // Nothing to check without the service: the schedule waits for the settings.
    const periodicTasks = [
      ...(runtime.client ? [mandatesTaskSlugs.expireMandates] : []),
      ...(runtime.checkCivilServantMandate ? [mandatesTaskSlugs.checkCivilServantMandates] : []),
    ]
    return {
      ...incoming,
      collections: [...collections, withAudit(Mandates), MandateFlows, withAudit(PrincipalChoices)],
      custom: {
        ...incoming.custom,
        mandates: runtime,
        hostRouters: [...(customOf(incoming).hostRouters ?? []), hostRouter],
      },
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), expireMandatesTask, checkCivilServantMandatesTask],
      },
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (periodicTasks.length > 0) await ensureScheduled({ payload, tasks: periodicTasks })
      },
    }
  }
  instances.add(plugin)
  return plugin
}
