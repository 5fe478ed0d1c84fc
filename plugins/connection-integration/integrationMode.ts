import { randomUUID } from 'node:crypto'
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { nowOf } from '../../src/clock'
import { deliveryPolicyOf } from '../../src/connections/deliveryPolicy'
import { defineConnectionMode } from '../../src/connections/defineConnectionMode'
import {
  DeliveryFailedError,
  deliverySchemaVersion,
  InvalidConnectionConfigError,
} from '../../src/connections/types'
import { activeSecretsOf, UnreadableSecretError } from './activeSecretsOf'
import { integrationApiEndpoints } from './api/integrationApiEndpoints'
import { integrationOptionsSchema, integrationSettingsFields } from './integrationOptions'
import { integrationSlugs } from './integrationSlugs'
import { postSignedMessage } from './postSignedMessage'
import { sendCaseNotice } from './sendCaseNotice'

/** The message "Test connection" sends: signed like any other, about no case. */
export type PingMessage = { id: string; type: 'ping'; schemaVersion: string; occurredAt: string }

/** The authority system's own reference from a 2xx answer `{ "reference": "…" }`, if any. */
const referenceOf = (text: string) => {
  try {
    const reference = (JSON.parse(text) as { reference?: unknown } | null)?.reference
    if ((typeof reference === 'string' && reference.trim()) || typeof reference === 'number')
      return String(reference).trim().slice(0, 200)
  } catch {
    // Not JSON: a receipt without a reference.
  }
  return undefined
}

/**
 * System integration: signed HTTPS push of each message to the authority's endpoint
 * (Standard Webhooks), a notice email on new cases, and the inbound integration API.
 */
export const integrationMode = ({ allowLoopbackHttp }: { allowLoopbackHttp: boolean }) =>
  defineConnectionMode({
    slug: integrationSlugs.mode,
    label: { fi: 'Järjestelmäintegraatio', sv: 'Systemintegration', en: 'System integration' },
    optionsSchema: integrationOptionsSchema({ allowLoopbackHttp }),
    fields: integrationSettingsFields({ allowLoopbackHttp }),
    endpoints: integrationApiEndpoints,
    onboardingFields: [
      {
        // Stored as the settings' own endpointUrl when the joining request is approved.
        name: 'endpointUrl',
        type: 'url',
        isRequired: true,
        maxLength: 2_000,
        label: {
          fi: 'Rajapinnan osoite (integraatio)',
          sv: 'Gränssnittets adress (integration)',
          en: 'Endpoint URL (integration)',
        },
        hint: {
          fi: 'https-osoite, johon Lupa lähettää allekirjoitetut viestit.',
          sv: 'En https-adress dit Lupa skickar signerade meddelanden.',
          en: 'An https address where Lupa posts signed messages.',
        },
      },
    ],

    deliver: async ({ message, options, authority, payload }) => {
      const now = nowOf(payload)
      const { timeoutMs, connectTimeoutMs } = deliveryPolicyOf(payload)
      let secrets: string[]
      try {
        secrets = activeSecretsOf({ options, payload, now })
      } catch (error) {
        throw new DeliveryFailedError({
          message: error instanceof Error ? error.message : String(error),
          cause: error,
          isRetryable: false,
        })
      }
      const { status, text } = await postSignedMessage({
        url: options.endpointUrl,
        id: message.id,
        body: JSON.stringify(message),
        secrets,
        timeoutMs,
        connectTimeoutMs,
        now,
      })
      if (message.type === 'case.submitted') await sendCaseNotice({ payload, message, authority })
      const reference = referenceOf(text)
      return { ...(reference ? { reference } : {}), detail: { status, webhookId: message.id } }
    },

    checkConfig: async ({ options, payload }) => {
      const now = nowOf(payload)
      const problems: string[] = []
      let secrets: string[] = []
      try {
        secrets = activeSecretsOf({ options, payload, now })
      } catch (error) {
        problems.push(error instanceof UnreadableSecretError ? error.message : String(error))
      }
      const url = new URL(options.endpointUrl)
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
      if (!isIP(host)) {
        await lookup(host).catch(() => problems.push(`Cannot resolve the host name ${host}.`))
      }
      if (problems.length === 0) {
        const ping: PingMessage = {
          id: `ping_${randomUUID()}`,
          type: 'ping',
          schemaVersion: deliverySchemaVersion,
          occurredAt: now.toISOString(),
        }
        const { timeoutMs, connectTimeoutMs } = deliveryPolicyOf(payload)
        await postSignedMessage({
          url: options.endpointUrl,
          id: ping.id,
          body: JSON.stringify(ping),
          secrets,
          timeoutMs,
          connectTimeoutMs,
          now,
        }).catch((error: unknown) =>
          problems.push(
            `A signed ping was not accepted: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
      }
      if (problems.length > 0) throw new InvalidConnectionConfigError(problems)
    },
  })
