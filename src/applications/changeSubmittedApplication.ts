import type { PayloadRequest } from 'payload'
import { Forbidden, NotFound } from 'payload'

import { writeAudit } from '../access/auditHooks'
import { hasRole, userOf } from '../access/roles'
import { appendCaseEvent } from '../cases/appendCaseEvent'
import type { BundleContext } from '../catalogue/loadBundleContext'
import { BundleNotFoundError, loadBundleContext } from '../catalogue/loadBundleContext'
import { idOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { enqueueDelivery } from '../connections/enqueueDelivery'
import { changeForm, planChange } from '../domain/change-after-submission'
import type { CaseOfChange, ChangePlan } from '../domain/change-after-submission'
import { isIsoDate } from '../domain/calendar-date'
import { latestSubmissionDate } from '../domain/lead-times'
import { formFields, projectCase, validateValues } from '../domain/once-only'
import type { AssembledForm } from '../domain/once-only'
import type { DataValues, Locale } from '../domain/types'
import { withTransaction } from '../db/withTransaction'
import type { Application, Authority, Case, Organisation, User } from '../payload-types'

/** A case of the application, with what the change and the page need to name it. */
export type CaseOfSubmittedChange = CaseOfChange & {
  id: Case['id']
  caseNumber: string
  authorityId: Authority['id']
  applicant: User['id'] | null
  onBehalfOf: Organisation['id'] | null
}

/** A submitted application as a change after submission starts from. */
export type SubmittedChangeSubject = {
  applicationId: Application['id']
  /** When the application was last written: a change prepared on older data is refused. */
  version: string
  context: BundleContext
  cases: CaseOfSubmittedChange[]
  /** The data that can still change: what the open cases carry. */
  form: AssembledForm
  answers: DataValues
  before: DataValues
}

export type SubmittedChangeProblem =
  'not-submitted' | 'bundle-unavailable' | 'nothing-changeable' | 'no-change' | 'invalid' | 'stale'

/** A field of the change that cannot be taken: invalid, or it would move a case to another authority. */
export type SubmittedChangeFieldError =
  { key: string; problem: 'invalid'; message: string } | { key: string; problem: 'would-reroute'; caseId: Id }

/** A change that cannot be made as it is. */
export class SubmittedChangeError extends Error {
  readonly problem: SubmittedChangeProblem
  readonly fieldErrors: SubmittedChangeFieldError[]

  constructor({
    problem,
    fieldErrors = [],
  }: {
    problem: SubmittedChangeProblem
    fieldErrors?: SubmittedChangeFieldError[]
  }) {
    super(`Change after submission refused: ${problem}`)
    this.name = 'SubmittedChangeError'
    this.problem = problem
    this.fieldErrors = fieldErrors
  }
}

const keyOf = (ids: Map<string, Id>) => {
  const keys = new Map([...ids].map(([key, id]) => [String(id), key]))
  return (rel: unknown) => keys.get(String(idOf(rel))) ?? ''
}

/**
 * The signed-in customer's submitted application, its cases and the form of the data that
 * can still change, all read with the customer's own access. Throws NotFound for an
 * application they may not see, {@link SubmittedChangeError} `not-submitted` for a draft.
 */
export const loadSubmittedChange = async ({
  req,
  applicationId,
}: {
  req: PayloadRequest
  applicationId: Id
}): Promise<SubmittedChangeSubject> => {
  const { payload } = req
  if (!hasRole(userOf(req), 'customer')) throw new Forbidden(req.t)
  const asCustomer = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const application = await payload
    .findByID({ collection: slugs.applications, id: applicationId, ...asCustomer, disableErrors: true })
    .catch(() => null)
  if (!application) throw new NotFound(req.t)
  if (application.status !== 'submitted') throw new SubmittedChangeError({ problem: 'not-submitted' })
  const context = await loadBundleContext({ req, bundle: { id: idOf(application.bundle)! } }).catch(
    (error: unknown) => {
      if (error instanceof BundleNotFoundError)
        throw new SubmittedChangeError({ problem: 'bundle-unavailable' })
      throw error
    },
  )
  const { docs } = await payload.find({
    collection: slugs.cases,
    where: { application: { equals: application.id } },
    sort: 'caseNumber',
    pagination: false,
    ...asCustomer,
  })
  const permitTypeKeyOf = keyOf(context.permitTypeIds)
  const authorityKeyOf = keyOf(context.authorityIds)
  const cases = docs.map((doc): CaseOfSubmittedChange => ({
    id: doc.id,
    caseNumber: doc.caseNumber,
    permitType: permitTypeKeyOf(doc.permitType),
    status: doc.status,
    authority: authorityKeyOf(doc.authority),
    authorityId: idOf(doc.authority)!,
    applicant: idOf(doc.applicant),
    onBehalfOf: idOf(doc.onBehalfOf),
  }))
  return {
    applicationId: application.id,
    version: application.updatedAt,
    context,
    cases,
    form: changeForm({ ...context, cases }),
    answers: application.answers ?? {},
    before: application.values ?? {},
  }
}

/**
 * Checks a change of a submitted application without writing anything: `values` holds
 * the customer's values for the data of the change form (a datum left out is blanked).
 * The values are checked with the wizard's rules; a change that would move an open case
 * to another authority is refused on the datum that routes it. Gives the values after the
 * change and what it does to each case; throws {@link SubmittedChangeError} otherwise.
 */
export const prepareSubmittedChange = ({
  subject,
  values,
  locale,
}: {
  subject: SubmittedChangeSubject
  values: DataValues
  locale: Locale
}): { after: DataValues; plan: ChangePlan } => {
  const fields = formFields(subject.form)
  if (fields.length === 0) throw new SubmittedChangeError({ problem: 'nothing-changeable' })
  const validation = validateValues({
    form: subject.form,
    values: Object.fromEntries(fields.map(({ element }) => [element.key, values[element.key]])),
    locale,
    isDraft: false,
  })
  if (!validation.isValid)
    throw new SubmittedChangeError({
      problem: 'invalid',
      fieldErrors: validation.errors.map((error) => ({
        key: error.key,
        problem: 'invalid',
        message: error.message,
      })),
    })
  const formKeys = new Set(fields.map(({ element }) => element.key))
  const after: DataValues = {
    ...Object.fromEntries(Object.entries(subject.before).filter(([key]) => !formKeys.has(key))),
    ...validation.values,
  }
  const plan = planChange({
    bundle: subject.context.bundle,
    permitTypes: subject.context.permitTypes,
    authorities: subject.context.authorities,
    cases: subject.cases,
    answers: subject.answers,
    before: subject.before,
    after,
    locale,
  })
  if (plan.rerouted.length > 0) {
    const permitTypeOf = new Map(
      subject.context.permitTypes.map((permitType) => [permitType.key, permitType]),
    )
    throw new SubmittedChangeError({
      problem: 'invalid',
      fieldErrors: plan.rerouted.map(({ case: item }) => {
        const routing = permitTypeOf.get(item.permitType)!.routing
        return {
          key: routing.kind === 'by-municipality' ? routing.municipalityElement : '',
          problem: 'would-reroute',
          caseId: item.id,
        }
      }),
    })
  }
  if (plan.changes.length === 0) throw new SubmittedChangeError({ problem: 'no-change' })
  return { after, plan }
}

/**
 * Makes a change after submission: the application takes the new values; each open case
 * whose data it changes gets its new data, a `changed` event with its own part of the
 * change (before and after) and a `case.changed` message to its authority through the
 * authority's connection mode, all in one transaction (the outbox, as on submission).
 * Cases the change does not touch, and decided, withdrawn or cancelled ones, are left as
 * they were. `version` is the application's version the customer reviewed.
 */
export const changeSubmittedApplication = async ({
  req,
  applicationId,
  values,
  locale,
  version,
}: {
  req: PayloadRequest
  applicationId: Id
  values: DataValues
  locale: Locale
  version: string
}): Promise<ChangePlan> => {
  const { payload } = req
  const subject = await loadSubmittedChange({ req, applicationId })
  if (subject.version !== version) throw new SubmittedChangeError({ problem: 'stale' })
  const { after, plan } = prepareSubmittedChange({ subject, values, locale })
  const permitTypeOf = new Map(subject.context.permitTypes.map((permitType) => [permitType.key, permitType]))
  const caseOf = new Map(subject.cases.map((item) => [String(item.id), item]))
  const eventDate = after.eventStartDate
  // The customer's right to the application is established above; a submitted application
  // and its cases are system data from here on.
  const system = { req, overrideAccess: true, depth: 0 } as const

  return withTransaction(req, async () => {
    await payload.update({
      collection: slugs.applications,
      id: subject.applicationId,
      ...system,
      data: { values: after },
    })
    for (const { case: item, changes } of plan.affected) {
      const caseDoc = caseOf.get(String(item.id))!
      const permitType = permitTypeOf.get(item.permitType)!
      await payload.update({
        collection: slugs.cases,
        id: caseDoc.id,
        ...system,
        data: {
          data: projectCase({ permitType, values: after }),
          ...(typeof eventDate === 'string' && isIsoDate(eventDate)
            ? { latestSubmissionDate: latestSubmissionDate({ eventDate, leadTime: permitType.leadTime }) }
            : {}),
        },
      })
      await appendCaseEvent({
        req,
        caseDoc: {
          id: caseDoc.id,
          application: subject.applicationId,
          authority: caseDoc.authorityId,
          applicant: caseDoc.applicant,
          onBehalfOf: caseDoc.onBehalfOf,
        },
        type: 'changed',
        summary: changes.map((change) => change.key).join(', '),
        detail: { changes },
      })
      await enqueueDelivery({ req, caseId: caseDoc.id, type: 'case.changed', detail: { changes } })
    }
    // Keys only: the values themselves may be personal data.
    await writeAudit({
      req,
      action: 'update',
      resource: slugs.applications,
      resourceId: subject.applicationId,
      detail: {
        changed: plan.changes.map((change) => change.key),
        cases: plan.affected.map(({ case: item }) => String(item.id)),
      },
    })
    return plan
  })
}
