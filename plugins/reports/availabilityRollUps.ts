import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { denyAll, staffOnly } from '../../src/access/roles'
import { todayInFinland } from '../../src/clock'
import { collectionLabels, groups, l } from '../../src/collections/labels'
import { withTransaction } from '../../src/db/withTransaction'
import { ensureScheduled } from '../../src/jobs/scheduling'
import { retentionPolicyOf } from '../../src/retention/retentionPolicy'
import { retentionTask } from '../../src/retention/retentionTask'
import type { Observation, ProbeStatus } from './domain/availability'
import { observationOf, probeStatuses } from './domain/availability'
import { reportsSlugs } from './reportsSlugs'

/** The roll-ups' collection and task (one name per concept, never renamed: stored). */
export const availabilityRollUpsSlug = 'availability-roll-ups'
export const rollUpAvailabilityTaskSlug = 'rollUpAvailabilitySamples'

/** Stretches of one status as `[from, to]` ISO instants, sorted and not overlapping. */
type Runs = Record<ProbeStatus, [string, string][]>

/** The union of `runs` and `added`, per status: adjacent and overlapping stretches join. */
const unionOf = (runs: Runs, added: Observation[]): Runs =>
  Object.fromEntries(
    probeStatuses.map((status) => {
      const intervals = [
        ...runs[status].map(([from, to]) => ({ fromMs: Date.parse(from), toMs: Date.parse(to) })),
        ...added
          .filter((o) => o.status === status)
          .map((o) => ({ fromMs: o.from.getTime(), toMs: o.to.getTime() })),
      ].sort((a, b) => a.fromMs - b.fromMs)
      const joined: { fromMs: number; toMs: number }[] = []
      for (const interval of intervals) {
        const last = joined.at(-1)
        if (last && interval.fromMs <= last.toMs) last.toMs = Math.max(last.toMs, interval.toMs)
        else joined.push({ ...interval })
      }
      return [status, joined.map((i) => [new Date(i.fromMs).toISOString(), new Date(i.toMs).toISOString()])]
    }),
  ) as Runs

const noRuns = (): Runs => ({ up: [], degraded: [], down: [] })

const minutesOf = (runs: [string, string][]) =>
  runs.reduce((sum, [from, to]) => sum + (Date.parse(to) - Date.parse(from)) / 60_000, 0)

/**
 * A day's availability samples (Finnish day), once the retention policy's
 * `rawAvailabilitySamplesMs` has passed: the stretches each status covered, which is all
 * the report counts from samples (see {@link observationOf}), so its figures stay the same.
 */
export const AvailabilityRollUps: CollectionConfig = {
  slug: availabilityRollUpsSlug,
  labels: collectionLabels(
    ['Saatavuuden päiväkooste', 'Dagssammanställning av tillgänglighet', 'Daily availability roll-up'],
    ['Saatavuuden päiväkoosteet', 'Dagssammanställningar av tillgänglighet', 'Daily availability roll-ups'],
  ),
  admin: {
    group: groups.serviceDesk,
    useAsTitle: 'day',
    defaultColumns: ['day', 'samples', 'upMinutes', 'degradedMinutes', 'downMinutes'],
    description: l(
      'Vanhat saatavuusmittaukset tiivistettyinä päivittäin; raportti laskee niistä samat luvut.',
      'Gamla tillgänglighetsmätningar sammanställda per dag; rapporten räknar samma siffror av dem.',
      'Old availability checks rolled up per day; the report counts the same figures from them.',
    ),
  },
  access: { read: staffOnly, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    { name: 'day', type: 'text', required: true, unique: true, label: l('Päivä', 'Dag', 'Day') },
    { name: 'startsAt', type: 'date', index: true, label: l('Alkaa', 'Börjar', 'Starts') },
    { name: 'endsAt', type: 'date', index: true, label: l('Päättyy', 'Slutar', 'Ends') },
    { name: 'samples', type: 'number', required: true, label: l('Mittauksia', 'Mätningar', 'Samples') },
    { name: 'upMinutes', type: 'number', label: l('Toiminnassa (min)', 'I drift (min)', 'Up (min)') },
    {
      name: 'degradedMinutes',
      type: 'number',
      label: l('Heikentynyt (min)', 'Försämrad (min)', 'Degraded (min)'),
    },
    { name: 'downMinutes', type: 'number', label: l('Poissa (min)', 'Ur drift (min)', 'Down (min)') },
    { name: 'runs', type: 'json', required: true, label: l('Jaksot', 'Perioder', 'Stretches') },
  ],
  timestamps: true,
}

/** Rolls `observations` of one day and `sampleCount` samples into the day's roll-up. */
const addToDay = async ({
  req,
  day,
  observations,
  sampleCount,
}: {
  req: PayloadRequest
  day: string
  observations: Observation[]
  sampleCount: number
}) => {
  const { payload } = req
  const existing = (
    await payload.find({
      collection: availabilityRollUpsSlug,
      where: { day: { equals: day } },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs.at(0)
  const runs = unionOf((existing?.runs as Runs | undefined) ?? noRuns(), observations)
  const bounds = probeStatuses.flatMap((status) => runs[status].flat()).sort()
  const data = {
    day,
    // None when every sample said nothing the report counts (e.g. the worker answering).
    startsAt: bounds.at(0) ?? null,
    endsAt: bounds.at(-1) ?? null,
    samples: (existing?.samples ?? 0) + sampleCount,
    upMinutes: minutesOf(runs.up),
    degradedMinutes: minutesOf(runs.degraded),
    downMinutes: minutesOf(runs.down),
    runs,
  }
  if (existing)
    await payload.update({
      collection: availabilityRollUpsSlug,
      id: existing.id,
      data,
      overrideAccess: true,
      req,
    })
  else await payload.create({ collection: availabilityRollUpsSlug, data, overrideAccess: true, req })
}

/**
 * Rolls samples older than `rawAvailabilitySamplesMs` into their day's roll-up and deletes
 * them, a batch per transaction (a roll-up never counts a sample that is also kept), at
 * most `batchesPerRun` batches of `batchSize`; queues its own next run.
 */
export const rollUpAvailabilityTask = retentionTask({
  slug: rollUpAvailabilityTaskSlug,
  label: 'Roll old availability samples up per day',
  counts: ['rolledUp'],
  run: async ({ req, policy, before: beforeMs }) => {
    const { payload } = req
    const before = beforeMs(policy.rawAvailabilitySamplesMs)
    let rolledUp = 0
    for (let batch = 0; batch < policy.batchesPerRun; batch += 1) {
      const { docs: samples } = await payload.find({
        collection: reportsSlugs.availabilitySamples,
        where: { at: { less_than: before } },
        sort: 'at',
        limit: policy.batchSize,
        pagination: false,
        depth: 0,
        select: { at: true, status: true, component: true },
        overrideAccess: true,
        req,
      })
      if (samples.length === 0) break
      const byDay = new Map<string, typeof samples>()
      for (const sample of samples) {
        const day = todayInFinland(new Date(sample.at))
        byDay.set(day, [...(byDay.get(day) ?? []), sample])
      }
      await withTransaction(req, async () => {
        for (const [day, ofDay] of byDay)
          await addToDay({
            req,
            day,
            sampleCount: ofDay.length,
            observations: ofDay.flatMap((sample) => {
              const observation = observationOf({ ...sample, at: new Date(sample.at) })
              return observation ? [observation] : []
            }),
          })
        await payload.db.deleteMany({
          collection: reportsSlugs.availabilitySamples,
          where: { id: { in: samples.map((sample) => sample.id) } },
          req,
        })
      })
      rolledUp += samples.length
      if (samples.length < policy.batchSize) break
    }
    return { rolledUp }
  },
})

/**
 * What the roll-ups overlapping `start`–`end` say, as the report's observations (kept
 * apart from the raw samples' reading, which is the probe's concern).
 */
export const rolledUpObservations = async ({
  req,
  start,
  end,
}: {
  req: PayloadRequest
  start: Date
  end: Date
}): Promise<Observation[]> => {
  const { docs } = await req.payload.find({
    collection: availabilityRollUpsSlug,
    where: {
      and: [
        { startsAt: { less_than: end.toISOString() } },
        { endsAt: { greater_than: start.toISOString() } },
      ],
    },
    select: { runs: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc) =>
    probeStatuses.flatMap((status) =>
      (doc.runs as Runs)[status].map(([from, to]) => ({ from: new Date(from), to: new Date(to), status })),
    ),
  )
}

/** Adds the roll-ups' collection and task to a config, and schedules the task at start-up. */
export const withAvailabilityRollUps = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []), AvailabilityRollUps],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), rollUpAvailabilityTask] },
  onInit: async (payload) => {
    await config.onInit?.(payload)
    if (retentionPolicyOf(payload).isScheduled)
      await ensureScheduled({ payload, tasks: [rollUpAvailabilityTaskSlug] })
  },
})
