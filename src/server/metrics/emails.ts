import { Counter } from 'prom-client'

export type EmailOutcome = 'sent' | 'failed' | 'timeout'

/**
 * Emails this process handed to the mail server, by outcome. Module-level because sends
 * happen in jobs and hooks that know no app; registered in no registry of its own, each
 * app's metrics registry adds this one counter (see createMetrics). This module imports
 * nothing of Lupa, so sendEmailWithin can import it without a cycle.
 */
export const emailsCounter = new Counter({
  name: 'lupa_emails_total',
  help: 'Emails this process tried to send, by outcome (sent, failed, timeout)',
  labelNames: ['outcome'] as const,
  registers: [],
})

// Every outcome from the start, so a rate over a fresh process is 0 rather than absent.
for (const outcome of ['sent', 'failed', 'timeout'] satisfies EmailOutcome[])
  emailsCounter.inc({ outcome }, 0)

export const countEmail = (outcome: EmailOutcome) => emailsCounter.inc({ outcome })
