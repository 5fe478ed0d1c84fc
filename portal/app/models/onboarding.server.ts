import type { TFunction } from 'i18next'
import type { Payload } from 'payload'

import { onboardingFieldNames } from '../../../plugins/onboarding'
import type {
  OnboardingField,
  OnboardingInput,
  OnboardingKind,
  OnboardingModeChoice,
  OnboardingProblem,
} from '../../../plugins/onboarding/domain/onboarding'
import {
  isOnboardingField,
  maxLengthOf,
  modeFieldsOf,
  municipalitiesOf,
  onboardingLimits,
  onboardingProblems,
} from '../../../plugins/onboarding/domain/onboarding'
import { serviceDeskSlugs } from '../../../plugins/service-desk'
import { slugs } from '../../../src/collections/slugs'
import { connectionModesOf } from '../../../src/connections/registry'
import type { ConnectionMode } from '../../../src/connections/types'
import { localize } from '../../../src/domain/localize'
import type { Locale } from '../../../src/domain/types'
import { textOf } from './authorityLabels.server'
import { asUser, type PortalUser } from './session.server'

export type { OnboardingField, OnboardingKind }

/** One refusal, next to its field and in the form's error summary. */
export type FormFieldError = { field: string; focusId: string; label: string; message: string }

export type OnboardingFormResult =
  | { isDone: true; intent: string }
  | { isDone: false; intent: string; errors: FormFieldError[]; values: Record<string, string | string[]> }

/** A question a connection mode asks, in the reader's language. */
export type ModeFieldOption = {
  name: string
  label: string
  hint: string | null
  type: 'text' | 'url' | 'email'
}

/** The permit types one may join, with their authority kinds (public catalogue data). */
const permitTypesOf = async ({ payload, locale }: { payload: Payload; locale: Locale }) => {
  const { docs } = await payload.find({
    collection: slugs.permitTypes,
    user: null,
    overrideAccess: false,
    locale,
    fallbackLocale: 'fi',
    pagination: false,
    depth: 1,
    sort: 'key',
    select: { name: true, authorityKind: true },
    populate: { [slugs.authorityKinds]: { key: true, name: true } },
  })
  return docs
}

const choiceOf = (mode: ConnectionMode): OnboardingModeChoice => ({
  slug: mode.slug,
  onboardingFields: mode.onboardingFields,
})

const optionsOf = ({
  permitTypes,
  payload,
  locale,
}: {
  permitTypes: Awaited<ReturnType<typeof permitTypesOf>>
  payload: Payload
  locale: Locale
}) => {
  // The kinds the permit types route to, by key (the approval finds the kind by it).
  const kinds = new Map(
    permitTypes.flatMap(({ authorityKind: kind }) =>
      kind && typeof kind === 'object' ? [[kind.key, textOf(kind.name, locale)] as const] : [],
    ),
  )
  const modes = connectionModesOf(payload.config)
  return {
    permitTypes: permitTypes.map((doc) => ({ value: String(doc.id), label: textOf(doc.name, locale) })),
    authorityKinds: [...kinds]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    modes: modes.map((mode) => ({ value: mode.slug, label: localize(mode.label, locale) })),
    modeFields: modeFieldsOf(modes.map(choiceOf)).map((field): ModeFieldOption => ({
      name: field.name,
      label: localize(field.label, locale),
      hint: field.hint ? localize(field.hint, locale) : null,
      type: field.type ?? 'text',
    })),
  }
}

/**
 * What the joining forms offer: permit types, authority kinds, and the connection modes of
 * the registry with their labels and the fields each asks.
 */
export const onboardingOptions = async ({ payload, locale }: { payload: Payload; locale: Locale }) =>
  optionsOf({ permitTypes: await permitTypesOf({ payload, locale }), payload, locale })

const fieldLabelKeys = {
  nameFi: 'fields.nameFi',
  nameSv: 'fields.nameSv',
  nameEn: 'fields.nameEn',
  businessId: 'fields.businessId',
  noticeEmail: 'fields.noticeEmail',
  authorityKind: 'fields.authorityKind',
  municipalities: 'fields.municipalities',
  permitTypes: 'fields.permitTypes',
  connectionMode: 'fields.connectionMode',
  description: 'fields.details',
} as const satisfies Record<OnboardingField, string>

/** The label of a field of the form: its own, or the one its mode gives it. */
const labelOf = ({
  field,
  modes,
  locale,
  t,
}: {
  field: string
  modes: OnboardingModeChoice[]
  locale: Locale
  t: TFunction<'servicedesk'>
}) => {
  if (isOnboardingField(field)) return t(fieldLabelKeys[field])
  const modeField = modeFieldsOf(modes).find((asked) => asked.name === field)
  return modeField ? localize(modeField.label, locale) : field
}

const maxOf = (problem: OnboardingProblem, modes: OnboardingModeChoice[]) => {
  if (problem.field === 'description') return onboardingLimits.text
  const modeField = modeFieldsOf(modes).find((asked) => asked.name === problem.field)
  return modeField ? maxLengthOf(modeField) : onboardingLimits.name
}

const messageOf = (problem: OnboardingProblem, modes: OnboardingModeChoice[], t: TFunction<'servicedesk'>) =>
  ({
    required: t('errors.required'),
    'too-long': t('errors.tooLong', { max: maxOf(problem, modes) }),
    'invalid-business-id': t('errors.invalidBusinessId'),
    'invalid-email': t('errors.invalidEmail'),
    'invalid-municipality': t('errors.invalidMunicipality'),
    'not-an-option': t('errors.notAnOption'),
    'invalid-url': t('errors.invalidUrl'),
  })[problem.code]

/** The form's fields as posted: texts, municipality codes split, permit types as ids. */
const inputOf = (form: FormData, modes: OnboardingModeChoice[]): OnboardingInput => {
  const text = (name: string) => String(form.get(name) ?? '')
  return {
    nameFi: text('nameFi'),
    nameSv: text('nameSv'),
    nameEn: text('nameEn'),
    businessId: text('businessId'),
    noticeEmail: text('noticeEmail'),
    authorityKind: text('authorityKind'),
    municipalities: municipalitiesOf(text('municipalities')),
    permitTypes: form.getAll('permitTypes').map(String),
    connectionMode: text('connectionMode'),
    modeAnswers: Object.fromEntries(modeFieldsOf(modes).map((field) => [field.name, text(field.name)])),
    description: text('description'),
  }
}

const valuesOf = (form: FormData) => ({
  ...Object.fromEntries(
    [...form.keys()].filter((key) => key !== 'permitTypes').map((key) => [key, String(form.get(key) ?? '')]),
  ),
  permitTypes: form.getAll('permitTypes').map(String),
})

const detailsOf = (input: OnboardingInput, permitTypeIds: Map<string, number>) => ({
  nameFi: input.nameFi?.trim() || undefined,
  nameSv: input.nameSv?.trim() || undefined,
  nameEn: input.nameEn?.trim() || undefined,
  businessId: input.businessId?.trim() || undefined,
  noticeEmail: input.noticeEmail?.trim() || undefined,
  authorityKind: input.authorityKind?.trim() || undefined,
  municipalities: input.municipalities,
  permitTypes: (input.permitTypes ?? []).flatMap((value) => permitTypeIds.get(value) ?? []),
  connectionMode: input.connectionMode?.trim() || undefined,
  ...Object.fromEntries(
    Object.entries(input.modeAnswers ?? {}).map(([name, answer]) => [name, answer.trim() || undefined]),
  ),
})

/**
 * Files an onboarding service request from a form: a joining application of a new
 * authority from `/join` (`user` null), or an authority user's request for their own
 * authority. Bad input comes back as localised errors with what was written.
 */
export const fileOnboardingRequest = async ({
  payload,
  form,
  kind,
  intent,
  user,
  locale,
  t,
}: {
  payload: Payload
  form: FormData
  kind: OnboardingKind
  intent: string
  user: PortalUser | null
  locale: Locale
  t: TFunction<'servicedesk'>
}): Promise<OnboardingFormResult> => {
  const modes = connectionModesOf(payload.config).map(choiceOf)
  const input = inputOf(form, modes)
  const permitTypes = await permitTypesOf({ payload, locale })
  const options = optionsOf({ permitTypes, payload, locale })
  const permitTypeIds = new Map(permitTypes.map((doc) => [String(doc.id), doc.id]))
  const problems = onboardingProblems({
    kind,
    input,
    isNewAuthority: user === null,
    permitTypeIds: options.permitTypes.map((option) => option.value),
    authorityKinds: options.authorityKinds.map((option) => option.value),
    modes,
  })
  if (problems.length > 0)
    return {
      isDone: false,
      intent,
      values: valuesOf(form),
      errors: problems.map((problem) => ({
        field: problem.field,
        focusId: `${intent}-${problem.field}`,
        label: labelOf({ field: problem.field, modes, locale, t }),
        message: messageOf(problem, modes, t),
      })),
    }
  const kindLabel = t(`kinds.${kind}`)
  const data = {
    kind,
    // Every request starts received (the default; a requester's own value is not taken).
    status: 'received' as const,
    title: `${kindLabel}${input.nameFi?.trim() ? `: ${input.nameFi.trim()}` : ''}`.slice(0, 200),
    description: input.description?.trim() || kindLabel,
    [onboardingFieldNames.details]: detailsOf(input, permitTypeIds),
  }
  if (user) {
    // The collection files it for the user's own authority (its create hook).
    await payload.create({ collection: serviceDeskSlugs.serviceRequests, data, ...asUser(user) })
  } else {
    // A joining application needs no account: the collection refuses visitors, so the
    // system files it with only the checked fields; the notice email is the requester's.
    await payload.create({
      collection: serviceDeskSlugs.serviceRequests,
      data: { ...data, channel: 'portal', requesterEmail: input.noticeEmail?.trim() },
      overrideAccess: true,
    })
  }
  return { isDone: true, intent }
}
