import type { Payload } from 'payload'

import { customOf } from './config/custom'

/** The current time; tests set a controllable clock through the config. */
export const nowOf = (payload: Payload): Date => customOf(payload.config).clock?.() ?? new Date()

const finnishDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The date ('YYYY-MM-DD') in Finland at `now`: deadlines and due dates fall on Finnish days. */
export const todayInFinland = (now: Date): string => finnishDate.format(now)
