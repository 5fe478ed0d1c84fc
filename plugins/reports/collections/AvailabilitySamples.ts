import type { CollectionConfig } from 'payload'

import { denyAll, staffOnly } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { probeComponents, probeStatuses } from '../domain/availability'
import { reportsSlugs } from '../reportsSlugs'

/** Who made a check: Lupa's own probe (in the job worker) or a monitor outside Lupa. */
export const sampleSources = ['self-probe', 'external'] as const
export type SampleSource = (typeof sampleSources)[number]

/**
 * One check's finding each: the evidence the availability report counts minutes from.
 * Written by the probe job and the outside monitors' endpoint only; staff read them.
 */
export const AvailabilitySamples: CollectionConfig = {
  slug: reportsSlugs.availabilitySamples,
  labels: collectionLabels(
    ['Saatavuusmittaus', 'Tillgänglighetsmätning', 'Availability check'],
    ['Saatavuusmittaukset', 'Tillgänglighetsmätningar', 'Availability checks'],
  ),
  admin: {
    group: groups.serviceDesk,
    defaultColumns: ['at', 'status', 'component', 'source', 'latencyMs'],
    description: l(
      'Lupan oman mittarin ja ulkoisten valvontojen tulokset. Aika, jolta tulosta ei ole, on raportissa tuntematonta.',
      'Resultat från Lupas egen sond och externa övervakare. Tid utan resultat är okänd i rapporten.',
      'Results of Lupa’s own probe and outside monitors. Time without a result is unknown in the report.',
    ),
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: l('Aika', 'Tid', 'At'),
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd.M.yyyy HH:mm:ss' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      label: l('Tulos', 'Resultat', 'Status'),
      options: probeStatuses.map((value) => ({
        value,
        label: {
          up: l('Toiminnassa', 'I drift', 'Up'),
          degraded: l('Heikentynyt', 'Försämrad', 'Degraded'),
          down: l('Poissa käytöstä', 'Ur drift', 'Down'),
        }[value],
      })),
    },
    {
      name: 'component',
      type: 'select',
      required: true,
      label: l('Osa', 'Del', 'Component'),
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
      name: 'source',
      type: 'select',
      required: true,
      index: true,
      label: l('Lähde', 'Källa', 'Source'),
      options: sampleSources.map((value) => ({
        value,
        label: {
          'self-probe': l('Lupan oma mittari', 'Lupas egen sond', 'Lupa’s own probe'),
          external: l('Ulkoinen valvonta', 'Extern övervakning', 'Outside monitor'),
        }[value],
      })),
    },
    {
      name: 'latencyMs',
      type: 'number',
      min: 0,
      label: l('Vasteaika (ms)', 'Svarstid (ms)', 'Latency (ms)'),
    },
    { name: 'detail', type: 'text', maxLength: 500, label: l('Lisätieto', 'Detalj', 'Detail') },
  ],
  timestamps: true,
}
