import type { Field } from 'payload'
import { z } from 'zod'

import { l } from '../../src/collections/labels'
import type { Authority } from '../../src/payload-types'

/** Admin forms store an emptied field as null or ''; the schema reads both as "not set". */
const blankToUndefined = (value: unknown) => (value === null || value === '' ? undefined : value)

const serviceHours = (fallback: number) =>
  z.preprocess(blankToUndefined, z.number().int().min(1).max(400).default(fallback))

/**
 * An authority's settings of the simplified mode, checked again right before every notice,
 * reminder and escalation (they may have changed since the case was delivered).
 */
export const simplifiedSettingsSchema = z
  .object({
    /** Sends this mode's notices here instead of the authority's notice email. */
    noticeEmailOverride: z.preprocess(blankToUndefined, z.email().optional()),
    /** Service hours after delivery before an unopened case is reminded of. @default 8 */
    reminderAfterServiceHours: serviceHours(8),
    /** Service hours after delivery before an unopened case is escalated to `backupEmail`. @default 16 */
    escalateAfterServiceHours: serviceHours(16),
    /** Who hears of a case still unopened at the escalation time; no escalation without it. */
    backupEmail: z.preprocess(blankToUndefined, z.email().optional()),
  })
  .refine((settings) => settings.escalateAfterServiceHours > settings.reminderAfterServiceHours, {
    message: 'must be more than reminderAfterServiceHours',
    path: ['escalateAfterServiceHours'],
  })

export type SimplifiedSettings = z.infer<typeof simplifiedSettingsSchema>

/** The mode's settings stored on the authority, checked with the schema. */
export const simplifiedSettingsOf = (authority: Pick<Authority, 'simplifiedSettings'>) =>
  simplifiedSettingsSchema.safeParse(authority.simplifiedSettings ?? {})

/** The admin fields of the settings group (shown on an authority that uses the mode). */
export const simplifiedSettingsFields: Field[] = [
  {
    name: 'noticeEmailOverride',
    type: 'email',
    label: l('Ilmoitusten osoite', 'Adress för meddelanden', 'Notice address'),
    admin: {
      description: l(
        'Jos tyhjä, ilmoitukset lähetetään viranomaisen ilmoitusten sähköpostiin.',
        'Om tom skickas meddelandena till myndighetens e-post för meddelanden.',
        "If empty, notices go to the authority's notice email.",
      ),
    },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'reminderAfterServiceHours',
        type: 'number',
        defaultValue: 8,
        min: 1,
        max: 400,
        label: l('Muistutus (palvelutuntia)', 'Påminnelse (tjänstetimmar)', 'Reminder after (service hours)'),
        admin: {
          step: 1,
          description: l(
            'Avaamattomasta asiasta muistutetaan näin monen palvelutunnin (arkisin 8–16) kuluttua toimituksesta.',
            'Ett oöppnat ärende påminns om så här många tjänstetimmar (vardagar 8–16) efter leveransen.',
            'An unopened case is reminded of this many service hours (weekdays 8–16) after delivery.',
          ),
        },
      },
      {
        name: 'escalateAfterServiceHours',
        type: 'number',
        defaultValue: 16,
        min: 1,
        max: 400,
        label: l(
          'Varaosoitteeseen (palvelutuntia)',
          'Till reservadressen (tjänstetimmar)',
          'Escalate after (service hours)',
        ),
        validate: (
          value: unknown,
          { siblingData }: { siblingData: { reminderAfterServiceHours?: unknown } },
        ) =>
          typeof value === 'number' &&
          typeof siblingData.reminderAfterServiceHours === 'number' &&
          value <= siblingData.reminderAfterServiceHours
            ? 'Must be more than the reminder time.'
            : true,
        admin: { step: 1 },
      },
    ],
  },
  {
    name: 'backupEmail',
    type: 'email',
    label: l('Varaosoite', 'Reservadress', 'Backup address'),
    admin: {
      description: l(
        'Tähän osoitteeseen ilmoitetaan asiasta, jota ei ole avattu määräajassa muistutuksen jälkeenkään.',
        'Hit meddelas ett ärende som inte har öppnats i tid ens efter påminnelsen.',
        'Told of a case still unopened at the escalation time, after the reminder.',
      ),
    },
  },
]
