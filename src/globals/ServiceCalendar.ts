import type { GlobalAfterChangeHook, GlobalBeforeChangeHook, GlobalConfig } from 'payload'
import { ValidationError } from 'payload'

import { writeAudit } from '../access/auditHooks'
import { ownerOnly, staffOnly } from '../access/roles'
import { groups, l } from '../collections/labels'
import { globalSlugs } from '../collections/slugs'
import { localize, pickLocale } from '../domain/localize'
import type { ServiceCalendarProblemCode, ServiceCalendarSettings } from '../domain/service-calendar'
import { serviceCalendarProblems } from '../domain/service-calendar'

const problemTexts: Record<ServiceCalendarProblemCode, ReturnType<typeof l>> = {
  'date-missing': l('Anna päivämäärä', 'Ange ett datum', 'Give a date'),
  'time-invalid': l(
    'Anna kellonaika muodossa HH:MM (esim. 09:00)',
    'Ange klockslaget som HH:MM (t.ex. 09:00)',
    'Give the time as HH:MM (e.g. 09:00)',
  ),
  'closing-not-after-opening': l(
    'Sulkemisajan pitää olla avaamisajan jälkeen',
    'Stängningstiden måste vara efter öppningstiden',
    'The closing time must be after the opening time',
  ),
  'range-reversed': l(
    'Loppupäivä ei voi olla ennen alkupäivää',
    'Slutdatumet kan inte vara före startdatumet',
    'The end date cannot be before the start date',
  ),
  'ranges-overlap': l(
    'Jaksot menevät päällekkäin; yhdelle päivälle voi olla vain yhdet poikkeavat aukioloajat',
    'Perioderna överlappar; en dag kan ha bara en avvikande öppettid',
    'The ranges overlap; a day can have only one set of changed hours',
  ),
}

const refuseProblems: GlobalBeforeChangeHook = ({ data, req }) => {
  const problems = serviceCalendarProblems(data as ServiceCalendarSettings)
  if (problems.length === 0) return data
  const locale = pickLocale(req.headers?.get('accept-language'))
  throw new ValidationError({
    global: globalSlugs.serviceCalendar,
    errors: problems.map(({ path, code }) => ({ path, message: localize(problemTexts[code], locale) })),
  })
}

const audit: GlobalAfterChangeHook = async ({ doc, req }) => {
  if (req.user) await writeAudit({ req, action: 'update', resource: globalSlugs.serviceCalendar })
  return doc
}

const time = (name: string, label: ReturnType<typeof l>) => ({
  name,
  type: 'text' as const,
  required: true,
  label,
  admin: { placeholder: 'HH:MM', width: '25%' },
})

/**
 * When the service desk is open beyond the rule (weekdays 08–16 Finnish time, Finnish
 * holidays closed): extra closed days and date ranges with other opening hours. Every SLA
 * clock and the simplified mode's reminders count service time by it. The owner edits it;
 * service producers read it.
 */
export const ServiceCalendar: GlobalConfig = {
  slug: globalSlugs.serviceCalendar,
  label: l('Palveluaika', 'Tjänstetid', 'Service calendar'),
  admin: {
    group: groups.system,
    description: l(
      'Palveluaika on arkisin 8–16 Suomen aikaa; arkipyhät ovat suljettuja. Tässä lisätään muut suljetut päivät ja poikkeavat aukioloajat. Palvelutasoajat lasketaan palveluajassa.',
      'Tjänstetiden är vardagar 8–16 finsk tid; helgdagar är stängda. Här läggs till andra stängda dagar och avvikande öppettider. Servicenivåtider räknas i tjänstetid.',
      'Service time is weekdays 08–16 Finnish time, closed on Finnish public holidays. Add other closed days and changed opening hours here. Service-level clocks count service time.',
    ),
  },
  access: { read: staffOnly, update: ownerOnly },
  lockDocuments: false,
  hooks: { beforeChange: [refuseProblems], afterChange: [audit] },
  fields: [
    {
      name: 'closedDays',
      type: 'array',
      label: l('Muut suljetut päivät', 'Andra stängda dagar', 'Extra closed days'),
      labels: {
        singular: l('Suljettu päivä', 'Stängd dag', 'Closed day'),
        plural: l('Suljetut päivät', 'Stängda dagar', 'Closed days'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              label: l('Päivä', 'Dag', 'Date'),
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' }, width: '30%' },
            },
            {
              name: 'reason',
              type: 'text',
              required: true,
              localized: true,
              label: l('Syy', 'Orsak', 'Reason'),
              admin: { width: '70%' },
            },
          ],
        },
      ],
    },
    {
      name: 'changedHours',
      type: 'array',
      label: l('Poikkeavat aukioloajat', 'Avvikande öppettider', 'Changed opening hours'),
      labels: {
        singular: l('Poikkeava aukioloaika', 'Avvikande öppettid', 'Changed hours'),
        plural: l('Poikkeavat aukioloajat', 'Avvikande öppettider', 'Changed hours'),
      },
      admin: {
        description: l(
          'Muuttaa avoinna olevien päivien aukioloajat aikavälillä (molemmat päivät mukaan lukien); suljettu päivä pysyy suljettuna.',
          'Ändrar öppettiderna för öppna dagar under perioden (båda dagarna inräknade); en stängd dag förblir stängd.',
          'Changes the hours of open days in the range (both dates included); a closed day stays closed.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'date',
              required: true,
              label: l('Alkaen', 'Från', 'From'),
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' }, width: '25%' },
            },
            {
              name: 'to',
              type: 'date',
              required: true,
              label: l('Asti', 'Till', 'To'),
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' }, width: '25%' },
            },
            time('opensAt', l('Avautuu', 'Öppnar', 'Opens at')),
            time('closesAt', l('Sulkeutuu', 'Stänger', 'Closes at')),
          ],
        },
        {
          name: 'reason',
          type: 'text',
          localized: true,
          label: l('Syy', 'Orsak', 'Reason'),
        },
      ],
    },
  ],
}
