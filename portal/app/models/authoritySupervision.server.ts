import type { TFunction } from 'i18next'
import type { Payload } from 'payload'
import { Forbidden, ValidationError } from 'payload'

import {
  findingSeverities,
  isOverdue,
  supervisedObjectKinds,
  supervisionKinds,
  type SupervisedObjectKind,
  type SupervisedObjectStatus,
  type SupervisionKind,
  type SupervisionStatus,
} from '../../../plugins/supervision/domain/supervision'
import { supervisionSlugs } from '../../../plugins/supervision/supervisionSlugs'
import { nowOf } from '../../../src/clock'
import { idOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { serviceDateOf, serviceInstantOf } from '../../../src/domain/service-time'
import type { Locale } from '../../../src/domain/types'
import { formatDateTime } from '../i18n/format'
import { isIdLike, type AuthorityUser } from './authority.server'
import { supervisionFieldId, supervisionIntents } from './supervisionForms'
import type { CaseActionFieldError } from './authorityActions.server'
import { asUser } from './session.server'
import { dateTextOf, objectFactsOf, readSupervision } from './supervision.server'

export type WorkspaceCase = {
  id: string
  objectName: string
  kind: SupervisionKind
  title: string
  status: SupervisionStatus
  /** Opened by the user's own authority: only then can the user change it. */
  isOwn: boolean
  deadlineText: string | null
  isOverdue: boolean
  plannedText: string | null
  plannedAt: string | null
  answer: string
}

export type WorkspaceObject = {
  id: string
  name: string
  kind: SupervisedObjectKind
  status: SupervisedObjectStatus
  periodText: string | null
  place: string
  cases: WorkspaceCase[]
}

export type SupervisionWorkspace = {
  objects: WorkspaceObject[]
  overdue: WorkspaceCase[]
  upcoming: WorkspaceCase[]
}

/**
 * The supervision the user's authority takes part in: every object it supervises with its
 * cases (those of the other supervising authorities too), the open deviations past their
 * deadline, and the planned inspections by date. The collections' read rules choose them.
 */
export const loadSupervisionWorkspace = async ({
  payload,
  user,
  locale,
}: {
  payload: Payload
  user: AuthorityUser
  locale: Locale
}): Promise<SupervisionWorkspace> => {
  const [objects, cases] = await readSupervision(payload, user)
  const today = serviceDateOf(nowOf(payload))
  const nameOf = new Map(objects.docs.map((doc) => [String(doc.id), doc.name]))
  const authority = String(idOf(user.authority))
  const items = cases.docs.map((doc): WorkspaceCase & { objectId: string } => ({
    id: String(doc.id),
    objectId: String(idOf(doc.object)),
    objectName: nameOf.get(String(idOf(doc.object))) ?? '',
    kind: doc.kind,
    title: doc.title,
    status: doc.status,
    isOwn: String(idOf(doc.authority)) === authority,
    deadlineText: dateTextOf(doc.deadline, locale),
    isOverdue: isOverdue(doc, today),
    plannedText: doc.plannedAt ? formatDateTime({ instant: doc.plannedAt, locale }) : null,
    plannedAt: doc.plannedAt ?? null,
    answer: doc.answer ?? '',
  }))
  const casesOf = new Map<string, WorkspaceCase[]>()
  for (const item of items) casesOf.set(item.objectId, [...(casesOf.get(item.objectId) ?? []), item])
  return {
    objects: objects.docs.map((doc) => ({
      id: String(doc.id),
      name: doc.name,
      kind: doc.kind,
      status: doc.status,
      ...objectFactsOf(doc, locale),
      cases: casesOf.get(String(doc.id)) ?? [],
    })),
    overdue: items.filter((item) => item.isOverdue),
    upcoming: items
      .filter((item) => item.status === 'planned')
      .sort((a, b) => String(a.plannedAt).localeCompare(String(b.plannedAt))),
  }
}

export type SupervisionActionResult =
  | { isDone: true; intent: string }
  | {
      isDone: false
      intent: string
      target: string
      errors: CaseActionFieldError[]
      values: Record<string, string>
    }

const textOf = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * The workspace's posts: make a supervised object from one of the authority's cases (found
 * by its case number), open a supervision case on an object, or move a case (close it,
 * accept an answer, ask again). Everything goes through the collections with the user's
 * own access; what they refuse comes back per field in the user's language.
 */
export const handleSupervisionAction = async ({
  payload,
  user,
  form,
  locale,
  t,
}: {
  payload: Payload
  user: AuthorityUser
  form: FormData
  locale: Locale
  t: TFunction<'authority'>
}): Promise<SupervisionActionResult> => {
  // `open-12`: the intent, and the record it is for (each object has its own form).
  const [intent, ...rest] = textOf(form, 'intent').split('-')
  const target = rest.join('-') || 'new'
  const values = Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  const refused = (errors: { field: string; message: string }[]): SupervisionActionResult => ({
    isDone: false,
    intent,
    target,
    values,
    errors: errors.map(({ field, message }) => ({
      field,
      message,
      focusId: supervisionFieldId(intent, target, field),
      label: t(`supervision.fields.${field}`, { defaultValue: t('supervision.fields.form') }),
    })),
  })
  const write = async (run: () => Promise<unknown>) => {
    try {
      await run()
      return { isDone: true as const, intent }
    } catch (error) {
      if (error instanceof ValidationError)
        return refused(error.data.errors.map(({ path, message }) => ({ field: path, message })))
      if (error instanceof Forbidden || (error as { status?: number }).status === 404)
        return refused([{ field: 'form', message: t('supervision.notAllowed') }])
      throw error
    }
  }
  // The collections' messages in the user's language (see plugins/supervision/refuseSupervision).
  const options = { ...asUser(user), depth: 0, context: { messageLocale: locale } } as const

  if (intent === supervisionIntents.object) {
    const caseNumber = textOf(form, 'caseNumber')
    const name = textOf(form, 'name')
    const kind = textOf(form, 'kind')
    const errors = [
      ...(caseNumber ? [] : [{ field: 'caseNumber', message: t('supervision.required') }]),
      ...(name ? [] : [{ field: 'name', message: t('supervision.required') }]),
    ]
    if (errors.length > 0) return refused(errors)
    const { docs } = await payload.find({
      collection: slugs.cases,
      where: { caseNumber: { equals: caseNumber } },
      ...asUser(user),
      depth: 0,
      limit: 1,
      select: { caseNumber: true },
    })
    if (!docs[0]) return refused([{ field: 'caseNumber', message: t('supervision.caseNotFound') }])
    return write(() =>
      payload.create({
        collection: supervisionSlugs.supervisedObjects,
        data: {
          case: docs[0].id,
          name,
          kind: supervisedObjectKinds.find((value) => value === kind) ?? 'event',
          status: 'active',
          address: textOf(form, 'address') || null,
          startsOn: textOf(form, 'startsOn') || null,
          endsOn: textOf(form, 'endsOn') || null,
        },
        ...options,
      }),
    )
  }

  // The record a form is for, by the id it posted: a malformed one is refused, never a query error.
  const isForRecord = intent === supervisionIntents.open || intent === supervisionIntents.move
  if (isForRecord && !isIdLike(payload, target))
    return refused([{ field: 'form', message: t('supervision.notAllowed') }])

  if (intent === supervisionIntents.open) {
    const kind = supervisionKinds.find((value) => value === textOf(form, 'kind'))
    const title = textOf(form, 'title')
    const errors = [
      ...(kind ? [] : [{ field: 'kind', message: t('supervision.required') }]),
      ...(title ? [] : [{ field: 'title', message: t('supervision.required') }]),
    ]
    if (errors.length > 0 || !kind) return refused(errors)
    const observation = textOf(form, 'observation')
    const severity = findingSeverities.find((value) => value === textOf(form, 'severity'))
    const serviceDays = textOf(form, 'deadlineServiceDays')
    const plannedAt = textOf(form, 'plannedAt')
    return write(() =>
      payload.create({
        collection: supervisionSlugs.supervisionCases,
        data: {
          object: Number(target),
          kind,
          status: 'open',
          title,
          body: textOf(form, 'body') || null,
          acknowledgementRequired: form.get('acknowledgementRequired') === 'on',
          plannedAt: serviceInstantOf(plannedAt)?.toISOString() ?? null,
          isAnnounced: form.get('isAnnounced') === 'on',
          inspectedAt:
            kind === 'inspection' && form.get('isInspected') === 'on' ? nowOf(payload).toISOString() : null,
          findings:
            observation || severity
              ? [{ observation, severity, isInternal: form.get('isInternal') === 'on' }]
              : [],
          correction: textOf(form, 'correction') || null,
          howToShow: textOf(form, 'howToShow') || null,
          deadline: textOf(form, 'deadline') || null,
          deadlineServiceDays: serviceDays ? Number(serviceDays) : null,
        },
        ...options,
      }),
    )
  }

  if (intent === supervisionIntents.move) {
    const status = (['open', 'closed'] as const).find((value) => value === textOf(form, 'status'))
    if (!status) return refused([{ field: 'form', message: t('supervision.notAllowed') }])
    return write(() =>
      payload.update({
        collection: supervisionSlugs.supervisionCases,
        id: target,
        data: { status },
        ...options,
      }),
    )
  }
  return refused([{ field: 'form', message: t('supervision.notAllowed') }])
}
