import type { Payload } from 'payload'
import { NotFound } from 'payload'
import { data, redirect } from 'react-router'

import {
  changeSubmittedApplication,
  loadSubmittedChange,
  prepareSubmittedChange,
  SubmittedChangeError,
  type SubmittedChangeFieldError,
  type SubmittedChangeSubject,
} from '../../../src/applications/changeSubmittedApplication'
import { casesOfData, isChangeableCase } from '../../../src/domain/change-after-submission'
import type { ChangePlan } from '../../../src/domain/change-after-submission'
import { localize } from '../../../src/domain/localize'
import { formFields } from '../../../src/domain/once-only'
import type { DataElement, DataValues, Locale } from '../../../src/domain/types'
import { getFixedT } from '../i18n/i18next.server'
import { notFound } from './applications.server'
import { changeFields, changeIntents, doneParam } from './applicationsForms'
import { authorityNamesOf, permitTypeNamesOf } from './authority.server'
import { askedLabelOf, loadBundleProfile, placeElementsOf } from './bundleWording.server'
import { isDataValues } from './isDataValues.server'
import { formatValue, parseFormValue, postedRaw, questionOf, rawOf, type Question } from './questions.server'
import { requestAs, type PortalUser } from './session.server'
import { readForm } from './readForm.server'

/** A case as the change page names it. */
export type CaseName = { id: string; permitTypeName: string; authorityName: string; caseNumber: string }

export type ChangeQuestion = Question & {
  /** The open cases (and so the authorities) a change of this datum reaches. */
  reaches: CaseName[]
  /** True when it reaches every open case. */
  reachesAll: boolean
  /** Decided, withdrawn or cancelled cases that carry the datum but are no longer changed. */
  closedCases: CaseName[]
}

export type ChangeStep = { key: string; title: string; questions: ChangeQuestion[] }

export type ChangeError = { key: string; focusId: string; label: string; message: string }

type Common = { applicationId: string; title: string; openCaseCount: number }

/** What the change page shows: the form, the confirmation of a reviewed change, or why nothing can change. */
export type ChangePage = Common &
  (
    | {
        stage: 'form'
        steps: ChangeStep[]
        errors: ChangeError[]
        /** A page-level problem: nothing changed, or the application changed meanwhile. */
        notice: 'no-change' | 'stale' | null
        version: string
      }
    | {
        stage: 'confirm'
        /** The reviewed values as posted, carried to the confirmation unchanged. */
        values: string
        version: string
        affected: (CaseName & { changes: { label: string; before: string; after: string }[] })[]
        closed: CaseName[]
        newlyNeeded: string[]
        noLongerNeeded: CaseName[]
      }
    | { stage: 'closed'; reason: 'nothing-changeable' | 'bundle-unavailable' }
  )

type RawValues = Record<string, string[]>

const elementsOf = (subject: SubmittedChangeSubject): DataElement[] =>
  formFields(subject.form).map(({ element }) => element)

const rawFromForm = (subject: SubmittedChangeSubject, form: FormData): RawValues =>
  Object.fromEntries(elementsOf(subject).map((element) => [element.key, postedRaw(element, form)]))

/** The reviewed values carried in the confirmation's hidden field; anything malformed reads as nothing. */
const rawFromJson = (subject: SubmittedChangeSubject, json: string): RawValues => {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    parsed = {}
  }
  const source = isDataValues(parsed) ? parsed : {}
  return Object.fromEntries(
    elementsOf(subject).map((element) => {
      const value = source[element.key]
      return [
        element.key,
        Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [],
      ]
    }),
  )
}

const typedValues = (subject: SubmittedChangeSubject, raw: RawValues): DataValues =>
  Object.fromEntries(
    elementsOf(subject).map((element) => [element.key, parseFormValue(element, raw[element.key] ?? [])]),
  )

const namesOf = async (subject: SubmittedChangeSubject, payload: Payload, locale: Locale) => {
  const [permitTypeNames, authorityNames] = await Promise.all([
    permitTypeNamesOf({ payload, ids: [...subject.context.permitTypeIds.values()], locale }),
    authorityNamesOf({ payload, ids: subject.cases.map((item) => item.authorityId), locale }),
  ])
  const byId = new Map(
    subject.cases.map((item): [string, CaseName] => [
      String(item.id),
      {
        id: String(item.id),
        caseNumber: item.caseNumber,
        permitTypeName:
          permitTypeNames.get(String(subject.context.permitTypeIds.get(item.permitType))) ?? item.permitType,
        authorityName: authorityNames.get(String(item.authorityId)) ?? item.authority,
      },
    ]),
  )
  return {
    ofCase: (id: string | number) => byId.get(String(id))!,
    ofPermitType: (key: string) => permitTypeNames.get(String(subject.context.permitTypeIds.get(key))) ?? key,
  }
}

/** How the application's bundle asks each data element (its place question, else the label). */
const askedLabels = async (subject: SubmittedChangeSubject, payload: Payload, locale: Locale) => {
  const { wording } = await loadBundleProfile({ payload, bundle: { id: subject.context.bundleId }, locale })
  const placeElements = placeElementsOf(subject.context)
  return (element: DataElement) => askedLabelOf({ element, wording, placeElements, locale })
}

const common = (subject: SubmittedChangeSubject, title: string): Common => ({
  applicationId: String(subject.applicationId),
  title,
  openCaseCount: subject.cases.filter(isChangeableCase).length,
})

const formStage = async ({
  subject,
  payload,
  locale,
  title,
  raw,
  fieldErrors = [],
  notice = null,
}: {
  subject: SubmittedChangeSubject
  payload: Payload
  locale: Locale
  title: string
  raw: RawValues
  fieldErrors?: SubmittedChangeFieldError[]
  notice?: 'no-change' | 'stale' | null
}): Promise<ChangePage> => {
  const t = await getFixedT(locale, 'applications')
  const names = await namesOf(subject, payload, locale)
  const label = await askedLabels(subject, payload, locale)
  const users = casesOfData({
    form: subject.form,
    permitTypes: subject.context.permitTypes,
    cases: subject.cases,
  })
  const openCount = common(subject, title).openCaseCount
  const messageOf = (error: SubmittedChangeFieldError) => {
    if (error.problem === 'invalid') return error.message
    const theCase = names.ofCase(error.caseId)
    return t('change.errors.wouldReroute', {
      permit: theCase.permitTypeName,
      authority: theCase.authorityName,
    })
  }
  const errorByKey = new Map<string, string>()
  for (const error of fieldErrors) {
    if (!errorByKey.has(error.key)) errorByKey.set(error.key, messageOf(error))
  }
  const steps = subject.form.steps.map((step): ChangeStep => ({
    key: step.key,
    title: localize(step.title, locale),
    questions: step.fields.map(({ element, isRequired }): ChangeQuestion => {
      const reach = users.get(element.key) ?? { open: [], closed: [] }
      return {
        ...questionOf({
          element,
          locale,
          label: label(element),
          raw: raw[element.key] ?? [],
          error: errorByKey.get(element.key) ?? null,
          optionalText: isRequired ? null : t('change.optional'),
        }),
        reaches: reach.open.map((item) => names.ofCase(item.id)),
        reachesAll: reach.open.length === openCount,
        closedCases: reach.closed.map((item) => names.ofCase(item.id)),
      }
    }),
  }))
  const questions = steps.flatMap((step) => step.questions)
  return {
    ...common(subject, title),
    stage: 'form',
    steps,
    errors: questions
      .filter((question) => question.error)
      .map((question) => ({
        key: question.key,
        focusId: question.focusId,
        label: question.label,
        message: question.error!,
      })),
    notice,
    version: subject.version,
  }
}

const confirmStage = async ({
  subject,
  payload,
  locale,
  title,
  raw,
  plan,
}: {
  subject: SubmittedChangeSubject
  payload: Payload
  locale: Locale
  title: string
  raw: RawValues
  plan: ChangePlan
}): Promise<ChangePage> => {
  const t = await getFixedT(locale, 'applications')
  const names = await namesOf(subject, payload, locale)
  const label = await askedLabels(subject, payload, locale)
  const elementOf = new Map(subject.context.elements.map((element) => [element.key, element]))
  const shown = (key: string, value: unknown) => {
    const element = elementOf.get(key)
    const written = element ? formatValue({ element, value, locale }) : String(value ?? '')
    return written === '' ? t('change.empty') : written
  }
  return {
    ...common(subject, title),
    stage: 'confirm',
    values: JSON.stringify(raw),
    version: subject.version,
    affected: plan.affected.map(({ case: item, changes }) => ({
      ...names.ofCase(item.id),
      changes: changes.map((change) => ({
        label: elementOf.has(change.key) ? label(elementOf.get(change.key)!) : change.key,
        before: shown(change.key, change.before),
        after: shown(change.key, change.after),
      })),
    })),
    closed: plan.closed.map(({ case: item }) => names.ofCase(item.id)),
    newlyNeeded: plan.newlyNeeded.map(names.ofPermitType),
    noLongerNeeded: plan.noLongerNeeded.map((item) => names.ofCase(item.id)),
  }
}

/** The subject of a change, or the right answer to a request that cannot have one. */
const subjectOf = async ({ payload, user, id }: { payload: Payload; user: PortalUser; id: string }) => {
  try {
    return await loadSubmittedChange({ req: await requestAs(payload, user), applicationId: id })
  } catch (error) {
    if (error instanceof NotFound) throw notFound()
    if (error instanceof SubmittedChangeError && error.problem === 'not-submitted')
      throw redirect(`/applications/${encodeURIComponent(id)}/edit`)
    throw error
  }
}

const closedPage = (
  id: string,
  title: string,
  reason: 'nothing-changeable' | 'bundle-unavailable',
): ChangePage => ({
  applicationId: id,
  title,
  openCaseCount: 0,
  stage: 'closed',
  reason,
})

/**
 * The change page of a submitted application: its data that can still change, each
 * telling which cases and authorities a change reaches, filled with the current values.
 * 404 for an application the user may not see; a draft goes to the wizard.
 */
export const loadChangePage = async ({
  payload,
  user,
  id,
  locale,
  title,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
  /** The application's title, as the caller read it. */
  title: string
}): Promise<ChangePage> => {
  let subject: SubmittedChangeSubject
  try {
    subject = await subjectOf({ payload, user, id })
  } catch (error) {
    if (error instanceof SubmittedChangeError && error.problem === 'bundle-unavailable')
      return closedPage(id, title, 'bundle-unavailable')
    throw error
  }
  if (formFields(subject.form).length === 0) return closedPage(id, title, 'nothing-changeable')
  const raw = Object.fromEntries(
    elementsOf(subject).map((element) => [element.key, rawOf(subject.before[element.key])]),
  )
  return formStage({ subject, payload, locale, title, raw })
}

/**
 * The posts of the change page: `review` checks the posted values and shows what the
 * change would do (or the errors, with the input kept); `edit` returns to the form with
 * the reviewed values; `confirm` checks them again and makes the change, then goes back to
 * the application with a notice.
 */
export const handleChangeAction = async ({
  request,
  payload,
  user,
  id,
  locale,
  title,
}: {
  request: Request
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
  title: string
}) => {
  const form = await readForm(request)
  const intent = String(form.get('intent') ?? '')
  let subject: SubmittedChangeSubject
  try {
    subject = await subjectOf({ payload, user, id })
  } catch (error) {
    if (error instanceof SubmittedChangeError && error.problem === 'bundle-unavailable')
      return data(closedPage(id, title, 'bundle-unavailable'), { status: 409 })
    throw error
  }
  if (formFields(subject.form).length === 0)
    return data(closedPage(id, title, 'nothing-changeable'), { status: 409 })
  const stage = { subject, payload, locale, title }

  if (intent === changeIntents.edit) {
    return formStage({ ...stage, raw: rawFromJson(subject, String(form.get(changeFields.values) ?? '')) })
  }
  const isConfirm = intent === changeIntents.confirm
  if (!isConfirm && intent !== changeIntents.review) throw data(null, { status: 400 })
  const raw = isConfirm
    ? rawFromJson(subject, String(form.get(changeFields.values) ?? ''))
    : rawFromForm(subject, form)
  const values = typedValues(subject, raw)
  try {
    if (isConfirm) {
      await changeSubmittedApplication({
        req: await requestAs(payload, user),
        applicationId: subject.applicationId,
        values,
        locale,
        version: String(form.get(changeFields.version) ?? ''),
      })
      return redirect(
        `/applications/${encodeURIComponent(String(subject.applicationId))}?${doneParam}=change`,
      )
    }
    const { plan } = prepareSubmittedChange({ subject, values, locale })
    return confirmStage({ ...stage, raw, plan })
  } catch (error) {
    if (!(error instanceof SubmittedChangeError)) throw error
    if (error.problem === 'invalid')
      return data(await formStage({ ...stage, raw, fieldErrors: error.fieldErrors }), { status: 400 })
    // A stale review goes back to the form with the customer's values over the current
    // version, to be reviewed again: the application changed since it was reviewed.
    if (error.problem === 'no-change' || error.problem === 'stale')
      return data(await formStage({ ...stage, raw, notice: error.problem }), {
        status: error.problem === 'stale' ? 409 : 400,
      })
    throw error
  }
}
