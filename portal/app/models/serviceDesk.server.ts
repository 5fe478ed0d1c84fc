import type { TFunction } from 'i18next'
import type { Payload } from 'payload'
import { ValidationError } from 'payload'

import { serviceDeskSlugs } from '../../../plugins/service-desk'
import type { Locale } from '../../../src/domain/types'
import { formatDateTime, formatNumber } from '../i18n/format'
import type { AuthorityUser } from './authority.server'
import type { FormFieldError } from './onboarding.server'
import { asUser } from './session.server'

const when = (value: string | null | undefined, locale: Locale) =>
  value ? formatDateTime({ instant: value, locale }) : null
const hours = (value: number | null | undefined, locale: Locale) =>
  typeof value === 'number' ? formatNumber({ value, locale }) : null

/**
 * The user's authority's incidents, newest first, with their clocks in service hours. The
 * collection's read rule limits them to the user's authority; its read hook computes the
 * figures again for now.
 */
export const loadIncidents = async ({
  payload,
  user,
  locale,
}: {
  payload: Payload
  user: AuthorityUser
  locale: Locale
}) => {
  const { docs } = await payload.find({
    collection: serviceDeskSlugs.incidents,
    ...asUser(user),
    sort: '-reportedAt',
    limit: 50,
    depth: 0,
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    severity: doc.severity ?? ('unclassified' as const),
    status: doc.status,
    slaState: doc.slaState ?? 'on-track',
    reportedAt: when(doc.reportedAt, locale),
    responseDueAt: when(doc.responseDueAt, locale),
    resolutionDueAt: when(doc.resolutionDueAt, locale),
    responseLeftHours: hours(doc.responseLeftHours, locale),
    resolutionLeftHours: hours(doc.resolutionLeftHours, locale),
  }))
}

/** The user's authority's service requests, newest first, with their clock. */
export const loadServiceRequests = async ({
  payload,
  user,
  locale,
}: {
  payload: Payload
  user: AuthorityUser
  locale: Locale
}) => {
  const { docs } = await payload.find({
    collection: serviceDeskSlugs.serviceRequests,
    ...asUser(user),
    sort: '-requestedAt',
    limit: 50,
    depth: 0,
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    kind: doc.kind,
    status: doc.status,
    slaState: doc.slaState ?? 'on-track',
    requestedAt: when(doc.requestedAt, locale),
    dueAt: when(doc.dueAt, locale),
    leftHours: hours(doc.leftHours, locale),
  }))
}

export type IncidentReportResult =
  { isDone: true } | { isDone: false; errors: FormFieldError[]; values: Record<string, string> }

const limits = { title: 200, description: 10_000 } as const

/**
 * Reports an incident as the authority user (the collection files it for their authority,
 * now, from the portal). Empty or oversized fields are refused with localised errors.
 */
export const reportIncident = async ({
  payload,
  user,
  form,
  t,
}: {
  payload: Payload
  user: AuthorityUser
  form: FormData
  t: TFunction<'servicedesk'>
}): Promise<IncidentReportResult> => {
  const values = {
    title: String(form.get('title') ?? ''),
    description: String(form.get('description') ?? ''),
  }
  const errors: FormFieldError[] = []
  for (const field of ['title', 'description'] as const) {
    const value = values[field].trim()
    const message =
      value === ''
        ? t('errors.required')
        : value.length > limits[field]
          ? t('errors.tooLong', { max: limits[field] })
          : null
    if (message) errors.push({ field, focusId: `incident-${field}`, label: t(`fields.${field}`), message })
  }
  if (errors.length > 0) return { isDone: false, errors, values }
  try {
    await payload.create({
      collection: serviceDeskSlugs.incidents,
      // The status is the desk's to change: an authority user's report starts as `reported`.
      data: { title: values.title.trim(), description: values.description.trim(), status: 'reported' },
      ...asUser(user),
    })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return {
      isDone: false,
      values,
      errors: [
        {
          field: 'form',
          focusId: 'incident-title',
          label: t('incidents.formTitle'),
          message: t('errors.form'),
        },
      ],
    }
  }
  return { isDone: true }
}
