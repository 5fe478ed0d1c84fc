import type { TFunction } from 'i18next'
import type { Payload } from 'payload'

import { onboardingFieldNames } from '../../../plugins/onboarding'
import { serviceDeskSlugs } from '../../../plugins/service-desk'
import { slugs } from '../../../src/collections/slugs'
import type { OnboardingInput, OnboardingKind, OnboardingProblem } from '../../../src/domain/onboarding'
import { municipalitiesOf, onboardingLimits, onboardingProblems } from '../../../src/domain/onboarding'
import type { Locale } from '../../../src/domain/types'
import { textOf } from './authorityLabels.server'
import { asUser, type PortalUser } from './session.server'

/** One refusal, next to its field and in the form's error summary. */
export type FormFieldError = { field: string; focusId: string; label: string; message: string }

export type OnboardingFormResult =
  | { isDone: true; intent: string }
  | { isDone: false; intent: string; errors: FormFieldError[]; values: Record<string, string | string[]> }

/** What the joining forms offer: permit types (public catalogue data) and authority kinds. */
export const onboardingOptions = async ({
  payload,
  locale,
  t,
}: {
  payload: Payload
  locale: Locale
  t: TFunction<'servicedesk'>
}) => {
  const { docs } = await payload.find({
    collection: slugs.permitTypes,
    user: null,
    overrideAccess: false,
    locale,
    fallbackLocale: 'fi',
    pagination: false,
    depth: 0,
    sort: 'key',
    select: { name: true, authorityKind: true },
  })
  const rows = docs as unknown as Record<string, unknown>[]
  const kinds = [
    ...new Set(rows.map((doc) => doc.authorityKind).filter((kind): kind is string => Boolean(kind))),
  ].sort()
  return {
    permitTypes: rows.map((doc) => ({ value: String(doc.id), label: textOf(doc.name as never, locale) })),
    authorityKinds: kinds.map((kind) => ({
      value: kind,
      label: t(`authorityKinds.${kind}` as never, { defaultValue: kind }) as string,
    })),
  }
}

const fieldLabelKey: Record<OnboardingProblem['field'], string> = {
  nameFi: 'fields.nameFi',
  nameSv: 'fields.nameSv',
  nameEn: 'fields.nameEn',
  businessId: 'fields.businessId',
  noticeEmail: 'fields.noticeEmail',
  authorityKind: 'fields.authorityKind',
  municipalities: 'fields.municipalities',
  permitTypes: 'fields.permitTypes',
  connectionMode: 'fields.connectionMode',
  endpointUrl: 'fields.endpointUrl',
  description: 'fields.details',
}

const messageOf = (problem: OnboardingProblem, t: TFunction<'servicedesk'>) =>
  ({
    required: t('errors.required'),
    'too-long': t('errors.tooLong', {
      max: problem.field === 'description' ? onboardingLimits.text : onboardingLimits.name,
    }),
    'invalid-business-id': t('errors.invalidBusinessId'),
    'invalid-email': t('errors.invalidEmail'),
    'invalid-municipality': t('errors.invalidMunicipality'),
    'not-an-option': t('errors.notAnOption'),
    'invalid-url': t('errors.invalidUrl'),
  })[problem.code]

/** The form's fields as posted: texts, municipality codes split, permit types as ids. */
const inputOf = (form: FormData): OnboardingInput => {
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
    endpointUrl: text('endpointUrl'),
    description: text('description'),
  }
}

const valuesOf = (form: FormData) => ({
  ...Object.fromEntries(
    [...form.keys()].filter((key) => key !== 'permitTypes').map((key) => [key, String(form.get(key) ?? '')]),
  ),
  permitTypes: form.getAll('permitTypes').map(String),
})

const detailsOf = (input: OnboardingInput) => ({
  nameFi: input.nameFi?.trim() || undefined,
  nameSv: input.nameSv?.trim() || undefined,
  nameEn: input.nameEn?.trim() || undefined,
  businessId: input.businessId?.trim() || undefined,
  noticeEmail: input.noticeEmail?.trim() || undefined,
  authorityKind: input.authorityKind?.trim() || undefined,
  municipalities: input.municipalities,
  permitTypes: (input.permitTypes ?? []).map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
  connectionMode: input.connectionMode?.trim() || undefined,
  endpointUrl: input.endpointUrl?.trim() || undefined,
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
  const input = inputOf(form)
  const options = await onboardingOptions({ payload, locale, t })
  const problems = onboardingProblems({
    kind,
    input,
    isNewAuthority: user === null,
    permitTypeIds: options.permitTypes.map((option) => option.value),
    authorityKinds: options.authorityKinds.map((option) => option.value),
  })
  if (problems.length > 0)
    return {
      isDone: false,
      intent,
      values: valuesOf(form),
      errors: problems.map((problem) => ({
        field: problem.field,
        focusId: `${intent}-${problem.field}`,
        label: t(fieldLabelKey[problem.field] as never) as string,
        message: messageOf(problem, t),
      })),
    }
  const kindLabel = t(`kinds.${kind}` as never) as string
  const data = {
    kind,
    title: `${kindLabel}${input.nameFi?.trim() ? `: ${input.nameFi.trim()}` : ''}`.slice(0, 200),
    description: input.description?.trim() || kindLabel,
    [onboardingFieldNames.details]: detailsOf(input),
  }
  if (user) {
    // The collection files it for the user's own authority (its create hook).
    await payload.create({
      collection: serviceDeskSlugs.serviceRequests,
      data: data as never,
      ...asUser(user),
    })
  } else {
    // A joining application needs no account: the collection refuses visitors, so the
    // system files it with only the checked fields; the notice email is the requester's.
    await payload.create({
      collection: serviceDeskSlugs.serviceRequests,
      data: { ...data, channel: 'portal', requesterEmail: input.noticeEmail?.trim() } as never,
      overrideAccess: true,
    })
  }
  return { isDone: true, intent }
}
