import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { probeChecks } from '../availabilityProbe'
import { reportsSlugs } from '../reportsSlugs'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd.M.yyyy HH:mm:ss' } }

/**
 * Outages the availability probe found: from the first failed check to the first check
 * that succeeded again. Written by the probe job only; staff read them.
 */
export const AvailabilityOutages: CollectionConfig = {
  slug: reportsSlugs.availabilityOutages,
  labels: collectionLabels(
    ['Käyttökatko', 'Driftavbrott', 'Outage'],
    ['Käyttökatkot', 'Driftavbrott', 'Outages'],
  ),
  admin: {
    group: groups.serviceDesk,
    defaultColumns: ['startedAt', 'endedAt', 'failedChecks', 'lastProblem'],
    description: l(
      'Saatavuusmittarin havaitsemat katkot (tarkistus minuutin välein).',
      'Avbrott som tillgänglighetssonden har upptäckt (kontroll varje minut).',
      'Outages found by the availability probe (checked every minute).',
    ),
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      index: true,
      label: l('Alkoi', 'Började', 'Started'),
      admin: dateTime,
    },
    {
      name: 'endedAt',
      type: 'date',
      index: true,
      label: l('Päättyi', 'Slutade', 'Ended'),
      admin: {
        ...dateTime,
        description: l('Tyhjä: katko jatkuu.', 'Tom: avbrottet pågår.', 'Empty: still down.'),
      },
    },
    {
      name: 'lastFailedAt',
      type: 'date',
      label: l('Viimeisin epäonnistunut tarkistus', 'Senaste misslyckade kontroll', 'Last failed check'),
      admin: dateTime,
    },
    {
      name: 'failedProbes',
      type: 'number',
      defaultValue: 0,
      label: l('Epäonnistuneita tarkistuksia', 'Misslyckade kontroller', 'Failed checks'),
    },
    {
      name: 'failedChecks',
      type: 'select',
      hasMany: true,
      label: l('Mikä ei vastannut', 'Vad som inte svarade', 'What failed'),
      options: probeChecks.map((check) => ({
        value: check,
        label: check === 'readyz' ? '/readyz' : l('Portaalin etusivu', 'Portalens startsida', 'Portal home'),
      })),
    },
    { name: 'lastProblem', type: 'text', label: l('Viimeisin virhe', 'Senaste fel', 'Last problem') },
  ],
  timestamps: true,
}
