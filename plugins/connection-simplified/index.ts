import type { Plugin } from 'payload'
import { z } from 'zod'

import { slugs } from '../../src/collections/slugs'
import { appendToCollection } from '../../src/config/appendToCollection'
import { connectionModePlugin } from '../../src/connections/connectionModePlugin'
import type { ServiceCalendar } from '../../src/domain/service-time'
import { followUpTasks, scheduleFollowUps } from './followUps'
import { simplifiedMode } from './simplifiedMode'

export { simplifiedMode, simplifiedModeSlug } from './simplifiedMode'
export { simplifiedEscalationTaskSlug, simplifiedReminderTaskSlug } from './followUps'

export type SimplifiedPluginOptions = {
  /**
   * Deliver through this mode, track when cases are opened and send reminders. When false
   * the mode keeps its fields, option and tasks (the schema never depends on the
   * environment) but delivers nothing: its deliveries are recorded as not configured.
   * @default true
   */
  isEnabled?: boolean
  /**
   * The service hours reminders and escalations count in.
   * @default the owner's `service-calendar` global (weekdays 08–16 Europe/Helsinki, Finnish holidays and the global's days closed)
   */
  serviceCalendar?: ServiceCalendar
}

const optionsSchema = z.object({
  isEnabled: z.boolean().optional(),
  serviceCalendar: z
    .object({
      timeZone: z.string().min(1),
      openingMinute: z.number().int().min(0).max(1440),
      closingMinute: z.number().int().min(0).max(1440),
      weekdays: z.array(z.number().int().min(1).max(7)).min(1),
      extraClosedDates: z.array(z.iso.date()),
      isHolidayClosed: z.boolean(),
    })
    .optional(),
})

/**
 * The simplified connection mode: an email notice without personal data to the authority,
 * which opens and handles the case by hand in Lupa. Adds the mode (settings group on the
 * authority), and the reminder and escalation jobs for cases nobody opens in time (the
 * case's `openedAt`).
 */
export const simplifiedPlugin =
  (options: SimplifiedPluginOptions = {}): Plugin =>
  async (incoming) => {
    optionsSchema.parse(options)
    const { isEnabled = true, serviceCalendar } = options
    const config = await connectionModePlugin(simplifiedMode, { isEnabled })(incoming)
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug === slugs.deliveries && isEnabled) {
        return appendToCollection(collection, {
          hooks: { afterChange: [scheduleFollowUps({ calendar: serviceCalendar })] },
        })
      }
      return collection
    })
    return {
      ...config,
      collections,
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...followUpTasks] },
    }
  }
