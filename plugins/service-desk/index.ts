import type { Plugin } from 'payload'
import { z } from 'zod'

import { Feedback } from './collections/Feedback'
import { Incidents } from './collections/Incidents'
import { MaintenanceNotices } from './collections/MaintenanceNotices'
import { ServiceDeskEmails } from './collections/ServiceDeskEmails'
import { ServiceRequests } from './collections/ServiceRequests'
import { maintenanceEmailsTask } from './maintenanceEmails'
import { maintenanceGuard } from './maintenanceGuard'
import { slaCheckTask } from './slaCheck'
import { customOf } from '../../src/config/custom'
import { seedServiceDeskDemo } from './demoSeed'

export { activeMaintenance, upcomingNotices } from './maintenance'
export type { MaintenanceNoticeView } from './maintenance'
export { serviceDeskSlugs, serviceDeskTaskSlugs } from './serviceDeskSlugs'

export type ServiceDeskPluginOptions = {
  /**
   * Where SLA reminders and breach alerts go (the service desk's shared mailbox).
   * @default every service producer's own address
   */
  deskEmail?: string
}

const optionsSchema = z.object({ deskEmail: z.email().optional() })

/**
 * The service desk: incidents and service requests with service-level clocks counted in
 * service time (the `service-calendar` global), reminders and breach alerts as jobs, and
 * maintenance notices announced in the portal and by email.
 */
export const serviceDeskPlugin =
  (options: ServiceDeskPluginOptions = {}): Plugin =>
  (incoming) => {
    const { deskEmail } = optionsSchema.parse(options)
    return {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []),
        Incidents,
        ServiceRequests,
        MaintenanceNotices,
        ServiceDeskEmails,
        Feedback,
      ],
      custom: {
        ...incoming.custom,
        hostRouters: [...(customOf(incoming).hostRouters ?? []), { path: '/', router: maintenanceGuard }],
        demoSeeds: [...(customOf(incoming).demoSeeds ?? []), seedServiceDeskDemo],
      },
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), slaCheckTask({ deskEmail }), maintenanceEmailsTask],
      },
    }
  }
