import { performance } from 'node:perf_hooks'

import { cpuMs } from './processes'
import type { WebhookReceiver } from './receiver'

/** Issue 12: submit → verified webhook p95 ≤ 1 s with 20 parallel submissions (PostgreSQL, separate workers). */
export const deliveryTargetMs = 1000

type SubmitAnswer = { cases: { id: number | string; authority: string }[] }

export type DeliveryResult = {
  rounds: number
  parallel: number
  /** Submit request started → the case's verified webhook arrived, per integration case (ms). */
  latencies: number[]
  /** Submit request started → its answer, per submission (ms). */
  answers: number[]
  /** Submit answered → the case's verified webhook arrived, per integration case (ms; negative when the webhook came first). */
  afterAnswer: number[]
  /** Integration cases whose webhook did not arrive within the wait. */
  missing: number
  /** Submissions not answered 2xx, and the first such answer. */
  failedSubmissions: number
  failure?: string
  refused: number
  /** CPU time each of Lupa's processes used in the measured rounds (ms). */
  cpu: { name: string; ms: number }[]
}

/**
 * Submits `rounds` bursts of `parallel` drafts at once, each burst after the previous one's
 * deliveries have all arrived (so a burst never queues behind the last one), and measures
 * every integration case from its submit request's start to its verified webhook. A first,
 * unmeasured burst warms up the processes (JIT, pools, the workers' first claims).
 */
export const measureDelivery = async ({
  origin,
  authorization,
  drafts,
  rounds,
  parallel,
  integrationAuthorities,
  receiver,
  processes,
  waitMs = 60_000,
}: {
  origin: string
  authorization: string
  drafts: (number | string)[]
  rounds: number
  parallel: number
  /** Keys of the authorities in integration mode: their cases are delivered to the receiver. */
  integrationAuthorities: Set<string>
  receiver: WebhookReceiver
  /** Lupa's processes, whose CPU time is counted (the database server's is not). */
  processes: { name: string; pid: number }[]
  waitMs?: number
}): Promise<DeliveryResult> => {
  const result: DeliveryResult = {
    rounds,
    parallel,
    latencies: [],
    answers: [],
    afterAnswer: [],
    missing: 0,
    failedSubmissions: 0,
    refused: 0,
    cpu: [],
  }
  let cpuAtStart: number[] = []
  const submit = async (draft: number | string) => {
    const started = performance.now()
    const response = await fetch(`${origin}/api/applications/${draft}/submit?locale=fi`, {
      method: 'POST',
      headers: { authorization },
    })
    const answered = performance.now()
    if (!response.ok) {
      result.failedSubmissions += 1
      result.failure ??= `${response.status} ${(await response.text()).slice(0, 300)}`
      return null
    }
    const { cases } = (await response.json()) as SubmitAnswer
    const delivered = cases.filter((item) => integrationAuthorities.has(item.authority))
    return { started, answered, caseIds: delivered.map((item) => String(item.id)) }
  }
  for (let round = 0; round <= rounds; round += 1) {
    const isMeasured = round > 0
    if (round === 1) cpuAtStart = processes.map(({ pid }) => cpuMs(pid))
    const burst = drafts.splice(0, parallel)
    if (burst.length < parallel) throw new Error(`${parallel} drafts needed for round ${round}`)
    const submitted = (await Promise.all(burst.map(submit))).filter((item) => item !== null)
    const caseIds = submitted.flatMap((item) => item.caseIds)
    await receiver.waitFor(caseIds, waitMs)
    if (!isMeasured) continue
    for (const { started, answered, caseIds: ids } of submitted) {
      result.answers.push(answered - started)
      for (const id of ids) {
        const arrived = receiver.arrivals.get(id)
        if (arrived === undefined) {
          result.missing += 1
          continue
        }
        result.latencies.push(arrived - started)
        result.afterAnswer.push(arrived - answered)
      }
    }
  }
  result.refused = receiver.refused()
  result.cpu = processes.map(({ name, pid }, index) => ({ name, ms: cpuMs(pid) - cpuAtStart[index] }))
  return result
}

/** The value below which `share` of the sorted values fall (nearest rank). */
const percentile = (sorted: number[], share: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
  }
}

export const formatDeliveryTable = (result: DeliveryResult, topology: string) => {
  const latency = summary(result.latencies)
  const row = (name: string, count: string, values: number[], target = '', met = '') => {
    const { p50, p95, p99, max } = summary(values)
    return `| ${[name, count, ...[p50, p95, p99, max].map((ms) => ms.toFixed(0)), target, met].join(' | ')} |`
  }
  return [
    `Delivery (issue 12): ${topology}, ${result.rounds} rounds of ${result.parallel} parallel submissions after one warm-up round`,
    '',
    '| measure | count | p50 ms | p95 ms | p99 ms | max ms | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row(
      'submit → verified webhook',
      `${result.latencies.length} cases`,
      result.latencies,
      `p95 ≤ ${deliveryTargetMs} ms`,
      latency.p95 <= deliveryTargetMs && result.missing === 0 && result.failedSubmissions === 0
        ? 'yes'
        : 'no',
    ),
    row('submit answered', `${result.answers.length} submissions`, result.answers),
    row('answer → verified webhook', `${result.afterAnswer.length} cases`, result.afterAnswer),
    '',
    `CPU in the measured rounds: ${result.cpu.map(({ name, ms }) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')} (${(result.cpu.reduce((sum, { ms }) => sum + ms, 0) / Math.max(1, result.answers.length)).toFixed(0)} ms per submission; a database server's not counted)`,
    `Not arrived in time: ${result.missing} case(s); submissions refused: ${result.failedSubmissions}; signatures refused: ${result.refused}`,
    ...(result.failure ? [`First refused submission: ${result.failure}`] : []),
  ].join('\n')
}
