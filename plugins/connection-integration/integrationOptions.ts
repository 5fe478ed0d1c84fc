import type { Field, FieldAccess } from 'payload'
import { z } from 'zod'

import { l } from '../../src/collections/labels'
import { endpointUrlProblem } from './endpointUrlProblem'

const noOne: FieldAccess = () => false
const systemOwned = { create: noOne, update: noOne }

/** The stored settings of an authority that uses the integration mode. */
export type IntegrationOptions = {
  /** Where Lupa posts the authority's messages. */
  endpointUrl: string
  /** The current signing secret, encrypted (see `sealSecret`). */
  signingSecret: string
  /** The secret replaced by the last rotation, encrypted; still signs until its expiry. */
  previousSigningSecret?: string | null
  previousSecretExpiresAt?: string | null
  secretRotatedAt?: string | null
}

/** The settings schema, checked again before every delivery and by "Test connection". */
export const integrationOptionsSchema = ({
  allowLoopbackHttp,
}: {
  allowLoopbackHttp: boolean
}): z.ZodType<IntegrationOptions> =>
  z.object({
    endpointUrl: z.unknown().transform((value, context) => {
      const problem = endpointUrlProblem(value, { allowLoopbackHttp })
      if (problem) {
        context.addIssue({ code: 'custom', message: problem })
        return z.NEVER
      }
      return String(value)
    }),
    signingSecret: z.string({
      error: 'No signing secret yet: create one with POST /api/authorities/:id/integration/rotate-secret.',
    }),
    previousSigningSecret: z.string().nullish(),
    previousSecretExpiresAt: z.string().nullish(),
    secretRotatedAt: z.string().nullish(),
  })

/**
 * Admin fields of the settings group. The secrets are never readable or writable through
 * any API (field access denies everyone; the rotation endpoint writes them with the
 * system's rights) and hidden in the admin; their dates are shown instead.
 */
export const integrationSettingsFields = ({ allowLoopbackHttp }: { allowLoopbackHttp: boolean }): Field[] => [
  {
    name: 'endpointUrl',
    type: 'text',
    label: l('Vastaanottavan järjestelmän osoite', 'Mottagande systemets adress', 'Endpoint URL'),
    admin: {
      description: l(
        'HTTPS-osoite, johon Lupa lähettää allekirjoitetut sanomat (Standard Webhooks).',
        'HTTPS-adress dit Lupa skickar signerade meddelanden (Standard Webhooks).',
        'HTTPS address where Lupa posts signed messages (Standard Webhooks).',
      ),
    },
    // Empty is allowed here (the group exists on every authority); deliveries require it.
    validate: (value: unknown) =>
      value === null || value === undefined || value === ''
        ? true
        : (endpointUrlProblem(value, { allowLoopbackHttp }) ?? true),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'secretRotatedAt',
        type: 'date',
        label: l('Allekirjoitusavain luotu', 'Signeringsnyckeln skapad', 'Signing secret created'),
        access: systemOwned,
        admin: {
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime' },
          description: l(
            'Avain näytetään vain kerran, kun se luodaan (POST /api/authorities/:id/integration/rotate-secret).',
            'Nyckeln visas bara en gång när den skapas (POST /api/authorities/:id/integration/rotate-secret).',
            'The secret is shown only once, when it is created (POST /api/authorities/:id/integration/rotate-secret).',
          ),
        },
      },
      {
        name: 'previousSecretExpiresAt',
        type: 'date',
        label: l('Edellinen avain voimassa', 'Föregående nyckel giltig till', 'Previous secret valid until'),
        access: systemOwned,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
  {
    name: 'signingSecret',
    type: 'text',
    access: { read: noOne, ...systemOwned },
    admin: { hidden: true },
  },
  {
    name: 'previousSigningSecret',
    type: 'text',
    access: { read: noOne, ...systemOwned },
    admin: { hidden: true },
  },
]
