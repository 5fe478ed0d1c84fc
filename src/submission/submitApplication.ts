import type { PayloadRequest } from 'payload'
import { APIError, Forbidden, NotFound, ValidationError } from 'payload'

import { auditedTogether, writeAudit } from '../access/auditHooks'
import { hasRole, userOf } from '../access/roles'
import { appendCaseEvent } from '../cases/appendCaseEvent'
import { BundleNotFoundError, loadBundleContext } from '../catalogue/loadBundleContext'
import { slugs } from '../collections/slugs'
import { buildDeliveryMessage } from '../connections/deliveryMessageOf'
import { enqueueDelivery, newMessageId } from '../connections/enqueueDelivery'
import { analyse } from '../domain/analysis'
import { expectedDecisionDate } from '../domain/decision-date'
import { caseSubjectOf } from '../cases/caseSubject'
import { latestSubmissionDate } from '../domain/lead-times'
import { serviceDateOf } from '../domain/service-time'
import { serviceCalendarOf } from '../globals/serviceCalendarOf'
import { message } from '../domain/messages'
import { assembleForm, attachmentIdsOf, formFields, projectCase, validateValues } from '../domain/once-only'
import { routeCase, RoutingError } from '../domain/routing'
import type { DataValues, Locale } from '../domain/types'
import { idOf, idsOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { withTransaction } from '../db/withTransaction'
import type { Application, Authority, Case } from '../payload-types'

/** Human-readable numbers: `LUPA-2026-000042` for an application, `…-03` for its third case. */
export const receiptNumberOf = (id: Id, date: Date) =>
  `LUPA-${date.getUTCFullYear()}-${String(id).slice(-6).toUpperCase().padStart(6, '0')}`

/** Payload's validation error, with its summary in the customer's language too. */
const localisedValidationError = ({
  locale,
  errors,
}: {
  locale: Locale
  errors: { path: string; message: string }[]
}) => {
  const error = new ValidationError({ collection: slugs.applications, errors })
  error.message = message('invalid-fields', locale, { count: errors.length })
  return error
}

export type SubmitResult = {
  applicationId: Application['id']
  receiptNumber: string
  submittedAt: string
  cases: { id: Case['id']; caseNumber: string; permitType: string; authority: string }[]
}

/**
 * Submits a draft application: validates it, splits it into one case per needed permit
 * type, routes each case to its competent authority, appends the case events and queues
 * one delivery job per case, all in one database transaction (a transactional outbox).
 * Either everything is written or nothing is.
 */
export const submitApplication = async ({
  req,
  applicationId,
  locale,
  now = new Date(),
}: {
  req: PayloadRequest
  applicationId: Id
  locale: Locale
  now?: Date
}): Promise<SubmitResult> => {
  const { payload } = req
  const user = userOf(req)
  if (!user) throw new APIError(message('login-required', locale), 401, undefined, true)
  if (!hasRole(user, 'customer')) throw new Forbidden(req.t)
  const application = await payload
    .findByID({
      collection: slugs.applications,
      id: applicationId,
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      disableErrors: true,
    })
    .catch(() => null)
  if (!application) throw new NotFound(req.t)
  if (application.status !== 'draft') {
    throw new APIError(message('already-submitted', locale), 409, undefined, true)
  }
  // The stored id, typed as the database adapter wants it (a route gives a string).
  const { id } = application

  const context = await loadBundleContext({ req, bundle: { id: idOf(application.bundle)! } }).catch(
    (error: unknown) => {
      if (error instanceof BundleNotFoundError) {
        throw new APIError(message('bundle-unavailable', locale), 422, undefined, true)
      }
      throw error
    },
  )
  const values: DataValues = { ...application.answers, ...application.values }
  const analysis = analyse({ bundle: context.bundle, answers: values, locale })
  const needed = analysis.permits.filter((permit) => permit.isNeeded).map((permit) => permit.permitType)
  if (needed.length === 0) throw new APIError(message('nothing-to-submit', locale), 400, undefined, true)

  const form = assembleForm({
    bundle: context.bundle,
    permitTypes: context.permitTypes,
    elements: context.elements,
    neededPermitTypes: needed,
  })
  const validation = validateValues({ form, values, locale, isDraft: false })
  if (!validation.isValid) {
    throw localisedValidationError({
      locale,
      errors: validation.errors.map((error) => ({ path: `values.${error.key}`, message: error.message })),
    })
  }
  // A file goes out only if it is linked to the application (the link is checked for
  // access when it is made), whatever ids the values hold.
  const linkedAttachments = new Set(idsOf(application.attachments).map(String))
  const unlinked = formFields(form).filter(
    ({ element }) =>
      element.type === 'attachment' &&
      attachmentIdsOf({ elements: [element], values: validation.values }).some(
        (item) => !linkedAttachments.has(item),
      ),
  )
  if (unlinked.length > 0) {
    throw localisedValidationError({
      locale,
      errors: unlinked.map(({ element }) => ({
        path: `values.${element.key}`,
        message: message('attachment-not-available', locale),
      })),
    })
  }

  const permitTypes = needed.map((key) => context.permitTypes.find((permitType) => permitType.key === key)!)
  const routed = permitTypes.map((permitType) => {
    try {
      return {
        permitType,
        // As the review routed it: the municipality may be an analysis answer only, which the
        // form's validated values leave out.
        authority: routeCase({
          permitType,
          values: { ...values, ...validation.values },
          authorities: context.authorities,
        }),
      }
    } catch (error) {
      if (!(error instanceof RoutingError)) throw error
      const element =
        permitType.routing.kind === 'by-municipality' ? permitType.routing.municipalityElement : 'bundle'
      throw localisedValidationError({
        locale,
        errors: [{ path: `values.${element}`, message: message('no-competent-authority', locale) }],
      })
    }
  })

  const receiptNumber = receiptNumberOf(id, now)
  const calendar = await serviceCalendarOf(req)
  const { subjectName, startDate: eventDate } = caseSubjectOf({
    values: validation.values,
    titleElement: context.titleElement,
    startDateElement: context.startDateElement,
  })
  const planned = routed.map(({ permitType, authority }, index) => ({
    permitType,
    authority,
    authorityId: context.authorityIds.get(authority)!,
    caseNumber: `${receiptNumber}-${String(index + 1).padStart(2, '0')}`,
    data: projectCase({ permitType, values: validation.values }),
  }))
  const partyAuthorities = [...new Set(planned.map(({ authorityId }) => authorityId))]
  // Attachments are uploaded once and may serve several applications: add the authorities
  // that receive each one to those that may read it. A file attached under a data element
  // goes only to the cases whose data carry it (data minimisation); a file attached to the
  // application as a whole goes to all of its authorities.
  const elementFiles = new Set(attachmentIdsOf({ elements: context.elements, values }))
  const recipientsOf = (file: string) =>
    elementFiles.has(file)
      ? [
          ...new Set(
            planned
              .filter(({ data }) =>
                attachmentIdsOf({ elements: context.elements, values: data }).includes(file),
              )
              .map(({ authorityId }) => authorityId),
          ),
        ]
      : partyAuthorities
  // The submission's own audit entry describes every write below.
  return auditedTogether(req, () =>
    withTransaction(req, async () => {
      const { docs: attachments } = await payload.find({
        collection: slugs.attachments,
        where: { id: { in: idsOf(application.attachments) } },
        req,
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
      const readers = new Map<string, Authority['id'][]>()
      for (const attachment of attachments) {
        const recipients = recipientsOf(String(attachment.id))
        readers.set(String(attachment.id), recipients)
        if (recipients.length === 0) continue
        const authorities = new Map(
          [...idsOf(attachment.authorities), ...recipients].map((item) => [String(item), item]),
        )
        await payload.update({
          collection: slugs.attachments,
          id: attachment.id,
          req,
          overrideAccess: true,
          depth: 0,
          data: { isLocked: true, authorities: [...authorities.values()] },
        })
      }
      const cases: SubmitResult['cases'] = []
      for (const { permitType, authority, authorityId, caseNumber, data } of planned) {
        const caseDoc = await payload.create({
          collection: slugs.cases,
          req,
          overrideAccess: true,
          depth: 0,
          data: {
            caseNumber,
            application: id,
            permitType: context.permitTypeIds.get(permitType.key)!,
            authority: authorityId,
            applicant: idOf(application.applicant),
            onBehalfOf: idOf(application.onBehalfOf),
            status: 'submitted',
            deliveryState: 'pending',
            data,
            startDate: eventDate,
            subjectName,
            latestSubmissionDate: eventDate
              ? latestSubmissionDate({ eventDate, leadTime: permitType.leadTime })
              : null,
            expectedDecisionDate: permitType.processingDays
              ? expectedDecisionDate({
                  receivedOn: serviceDateOf(now, calendar),
                  serviceDays: permitType.processingDays,
                  calendar,
                })
              : null,
          },
        })
        await appendCaseEvent({ req, caseDoc, type: 'submitted', toStatus: 'submitted' })
        const message = buildDeliveryMessage({
          serverURL: payload.config.serverURL,
          id: newMessageId(),
          type: 'case.submitted',
          caseDoc,
          permitType,
          receiptNumber,
          attachments: attachments.filter((attachment) =>
            readers.get(String(attachment.id))?.some((reader) => String(reader) === String(authorityId)),
          ),
        })
        await enqueueDelivery({
          req,
          caseId: caseDoc.id,
          type: 'case.submitted',
          prepared: { caseDoc, message },
        })
        cases.push({ id: caseDoc.id, caseNumber, permitType: permitType.key, authority })
      }
      await payload.update({
        collection: slugs.applications,
        id: id,
        req,
        overrideAccess: true,
        depth: 0,
        data: {
          status: 'submitted',
          submittedAt: now.toISOString(),
          receiptNumber,
          partyAuthorities,
          values: validation.values,
        },
      })
      await writeAudit({
        req,
        action: 'submit',
        resource: slugs.applications,
        resourceId: id,
        detail: { receiptNumber, cases: cases.length, caseIds: cases.map((item) => String(item.id)) },
      })
      return { applicationId: id, receiptNumber, submittedAt: now.toISOString(), cases }
    }),
  )
}
