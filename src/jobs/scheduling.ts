import type { Payload, PayloadRequest, TaskType } from 'payload'

import { nowOf } from '../clock'

const pendingOf = async ({
  payload,
  req,
  task,
  exceptJobId,
}: {
  payload: Payload
  req?: PayloadRequest
  task: TaskType
  exceptJobId?: number | string
}) =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: task } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          ...(exceptJobId === undefined ? [] : [{ id: { not_equals: exceptJobId } }]),
        ],
      },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/**
 * Periodic tasks queue their own next run (the worker runs queued jobs only). A run that
 * finds another one already waiting queues nothing, so two chains never grow from one.
 */
export const queueNextRun = async ({
  req,
  task,
  afterMs,
  currentJobId,
}: {
  req: PayloadRequest
  task: TaskType
  afterMs: number
  currentJobId?: number | string
}) => {
  const { payload } = req
  if ((await pendingOf({ payload, req, task, exceptJobId: currentJobId })) > 0) return
  await payload.jobs.queue({
    task,
    input: {},
    waitUntil: new Date(nowOf(payload).getTime() + afterMs),
    req,
  })
}

/** At start-up: each periodic task has a run waiting (the first one due now). */
export const ensureScheduled = async ({ payload, tasks }: { payload: Payload; tasks: TaskType[] }) => {
  try {
    for (const task of tasks)
      if ((await pendingOf({ payload, task })) === 0) await payload.jobs.queue({ task, input: {} })
  } catch (error) {
    // E.g. a process started before the migrations that create the jobs table: the next start schedules.
    payload.logger.error({ err: error, msg: `Could not schedule the periodic tasks ${tasks.join(', ')}` })
  }
}

/**
 * Queues `task` with `input` to run at `at`, unless the same task with the same input is
 * already waiting: records saved often must not pile up identical jobs.
 */
export const queueOnce = async ({
  req,
  task,
  input,
  at,
}: {
  req: PayloadRequest
  task: TaskType
  input: Record<string, string>
  at: Date
}) => {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: task },
      ...Object.fromEntries(Object.entries(input).map(([key, value]) => [`input.${key}`, { equals: value }])),
      processing: { equals: false },
      completedAt: { exists: false },
      hasError: { not_equals: true },
    },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await req.payload.jobs.queue({ task, input, waitUntil: at, req })
}
