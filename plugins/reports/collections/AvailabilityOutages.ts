import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isStaff, noOneField, staffOnly, userOf } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { probeChecks } from '../availabilityProbe'
import { probeComponents } from '../domain/availability'
import { refuse } from '../problems'
import { reportsSlugs } from '../reportsSlugs'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd.M.yyyy HH:mm:ss' } }

/** What the probe keeps of its checks: shown on its outages only, written by it only. */
const probeOnly = {
  access: { create: noOneField, update: noOneField },
  admin: {
    readOnly: true,
    // Hidden while staff record a new outage, and on theirs.
    condition: (data: { id?: unknown; source?: string | null }) =>
      data.id !== undefined && data.source !== 'manual',
  },
}

/** Who recorded an outage: the probe job, or staff by hand (records from before this field are the probe's). */
export const outageSources = ['probe', 'manual'] as const

/** Staff change and remove the outages they recorded; what the probe found stays its record. */
const staffManualOnly: Access = ({ req }) => isStaff(userOf(req)) && { source: { equals: 'manual' } }

/**
 * Anything staff create is theirs: the field is closed to them, so only the probe (writing
 * with the system's rights) says `probe`. An outage cannot end before it starts.
 */
const checkOutage: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') data.source ??= 'manual'
  const valueOf = (field: 'startedAt' | 'endedAt'): string =>
    (field in data ? data[field] : originalDoc?.[field]) ?? ''
  if (Date.parse(valueOf('endedAt')) < Date.parse(valueOf('startedAt')))
    refuse({
      req,
      collection: reportsSlugs.availabilityOutages,
      problems: [{ path: 'endedAt', code: 'ends-before-start' }],
    })
  return data
}

/**
 * Times Lupa was down: found by the availability probe (from the first failed check to the
 * first check that succeeded again) or recorded by staff, e.g. a database or worker outage
 * the probe could not see. The report counts an outage as down (one of the job worker as
 * degraded: the portal still answers), over checks that found those minutes up. Staff read
 * them all and record their own.
 */
export const AvailabilityOutages: CollectionConfig = {
  slug: reportsSlugs.availabilityOutages,
  labels: collectionLabels(
    ['Käyttökatko', 'Driftavbrott', 'Outage'],
    ['Käyttökatkot', 'Driftavbrott', 'Outages'],
  ),
  admin: {
    group: groups.serviceDesk,
    defaultColumns: ['startedAt', 'endedAt', 'source', 'component', 'description', 'lastProblem'],
    description: l(
      'Saatavuusmittarin havaitsemat ja käsin kirjatut katkot. Kirjaa tähän katko, jota mittari ei nähnyt (esim. tietokanta tai taustatyöt): se lasketaan raportissa katkoksi.',
      'Avbrott som tillgänglighetssonden har upptäckt och som registrerats för hand. Registrera här ett avbrott som sonden inte såg (t.ex. databasen eller bakgrundsjobben): det räknas som avbrott i rapporten.',
      'Outages found by the availability probe and recorded by hand. Record here an outage the probe did not see (e.g. the database or the job worker): the report counts it as down.',
    ),
  },
  access: { read: staffOnly, create: staffOnly, update: staffManualOnly, delete: staffManualOnly },
  hooks: { beforeChange: [checkOutage] },
  fields: [
    {
      name: 'source',
      type: 'select',
      index: true,
      label: l('Kirjaaja', 'Registrerat av', 'Recorded by'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar' },
      options: outageSources.map((value) => ({
        value,
        label: {
          probe: l('Saatavuusmittari', 'Tillgänglighetssonden', 'Availability probe'),
          manual: l('Henkilöstö käsin', 'Personalen för hand', 'Staff, by hand'),
        }[value],
      })),
    },
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
      name: 'component',
      type: 'select',
      label: l('Mikä oli poissa', 'Vad som var ur drift', 'What was down'),
      options: probeComponents.map((value) => ({
        value,
        label: {
          web: l('Verkkopalvelu', 'Webbtjänst', 'Web'),
          database: l('Tietokanta', 'Databas', 'Database'),
          worker: l('Taustatyöt', 'Bakgrundsjobb', 'Job worker'),
        }[value],
      })),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 2000,
      label: l('Kuvaus', 'Beskrivning', 'Description'),
    },
    {
      name: 'lastFailedAt',
      type: 'date',
      label: l('Viimeisin epäonnistunut tarkistus', 'Senaste misslyckade kontroll', 'Last failed check'),
      ...probeOnly,
      admin: { ...dateTime, ...probeOnly.admin },
    },
    {
      name: 'failedProbes',
      type: 'number',
      defaultValue: 0,
      label: l('Epäonnistuneita tarkistuksia', 'Misslyckade kontroller', 'Failed checks'),
      ...probeOnly,
    },
    {
      name: 'failedChecks',
      type: 'select',
      hasMany: true,
      label: l('Mikä ei vastannut', 'Vad som inte svarade', 'What failed'),
      ...probeOnly,
      options: probeChecks.map((check) => ({
        value: check,
        label: check === 'readyz' ? '/readyz' : l('Portaalin etusivu', 'Portalens startsida', 'Portal home'),
      })),
    },
    {
      name: 'lastProblem',
      type: 'text',
      label: l('Viimeisin virhe', 'Senaste fel', 'Last problem'),
      ...probeOnly,
    },
  ],
  timestamps: true,
}
