import type { Payload } from 'payload'

import { toElement } from '../../../src/catalogue/loadBundleContext'
import { localizedTextOf } from '../../../src/catalogue/localizedTextOf'
import { handlersOf } from '../../../src/cases/caseAssignment'
import { attachmentMimeTypes } from '../../../src/collections/Attachments'
import { idOf, idsOf } from '../../../src/collections/relations'
import { filesOfMatter } from '../../../src/collections/partyFiles'
import { appealKindLabels } from '../../../src/collections/optionLabels'
import { slugs } from '../../../src/collections/slugs'
import { nowOf, todayInFinland } from '../../../src/clock'
import { isIsoDate } from '../../../src/domain/calendar-date'
import {
  appealInstructionsIn,
  decisionVersionsOf,
  permitTypeKindOf,
  versionOf,
} from '../../../src/domain/decision-rules'
import type { SupplementBatch } from '../../../src/domain/supplement-batches'
import { supplementBatchesOf } from '../../../src/domain/supplement-batches'
import type { Locale } from '../../../src/domain/types'
import type { Attachment, Case } from '../../../src/payload-types'
import { formatDate } from '../i18n/format'
import {
  attachmentHrefOf,
  authorityNamesOf,
  caseOfUser,
  permitTypeNamesOf,
  type AuthorityUser,
} from './authority.server'
import {
  caseActionsAvailableOf,
  caseDataRowsOf,
  type CaseActionsAvailable,
  type CaseDataRow,
} from './authorityCaseData.server'
import { applicantNameOf } from './authorityInboxQuery.server'
import {
  actorLabelOf,
  calendarDateOf,
  deliveryStateLabelOf,
  eventTypeLabelOf,
  formatDateTime,
  outcomeLabelOf,
  statusLabelOf,
} from './authorityLabels.server'
import { asUser } from './session.server'

export type AttachmentLink = {
  id: string
  /** The description the sender gave, else the stored name. */
  name: string
  mimeType: string
  filesize: number
  href: string
}

export type AuthorityCasePage = {
  case: {
    id: string
    caseNumber: string
    permitType: string
    status: string
    statusLabel: string
    outcomeLabel: string | null
    externalReference: string | null
    applicationReceiptNumber: string | null
    applicantName: string | null
    submittedAt: string | null
    openedAt: string | null
    receivedAt: string | null
    decidedAt: string | null
    expectedDecisionOn: string | null
    deliveryState: string | null
    /** The handler's name; null while nobody handles the case. */
    handlerName: string | null
  }
  data: CaseDataRow[]
  attachments: AttachmentLink[]
  /** Every case of the application: permit type, authority and status only. */
  bundle: { permitType: string; authority: string; statusLabel: string; isThisCase: boolean }[]
  history: {
    id: string
    at: string | null
    type: string
    fromStatus: string | null
    toStatus: string | null
    actor: string
    /** For a change of handler: the new handler's name, or null for nobody. */
    handlerName: string | null
    isAssignment: boolean
  }[]
  /** The authority's internal notes on the case, oldest first. */
  notes: { id: string; at: string | null; author: string; body: string }[]
  messages: {
    id: string
    at: string | null
    body: string
    /** `customer`, `authority`, `staff` or `system`. */
    senderKind: string
    /** The sending authority's name, for messages from authorities. */
    senderAuthority: string | null
    isInternal: boolean
    /** Written to the whole application rather than to this case. */
    isApplicationLevel: boolean
  }[]
  /** Each request with its items (one supplement request document each), answered one by one. */
  supplementRequests: SupplementBatch<{
    id: string
    batch: string | null
    whatIsMissing: string
    dueOn: string | null
    status: string
    answer: string | null
    answeredAt: string | null
    attachments: AttachmentLink[]
  }>[]
  /** Every version of the case's decision, the current one first. */
  decisions: AuthorityDecisionView[]
  actions: CaseActionsAvailable & {
    /** The appeal instructions the permit type attaches to a decision, in the user's language. */
    appealInstructions: { kindLabel: string; text: string; lang: Locale } | null
    /** The decision-maker a new decision names unless changed: the signed-in user. */
    decisionMaker: string
    /** The current decision, as the correction form starts from it; null before a decision. */
    currentDecision: {
      outcome: string
      summary: string
      decisionMaker: string
      decisionDate: string
      validFrom: string
      validUntil: string
      conditions: string
    } | null
    /** The file types a decision document may have, for the file picker. */
    documentAccept: string
    /** The authority's users who may handle the case. */
    handlerOptions: { value: string; label: string }[]
    /** The current handler's id, or '' for nobody. */
    handler: string
    /** The signed-in user's id, for "assign to me". */
    userId: string
  }
}

export type AuthorityDecisionView = {
  id: string
  version: number
  isCurrent: boolean
  outcomeLabel: string | null
  summary: string
  decisionMaker: string | null
  decisionDate: string | null
  validFrom: string | null
  validUntil: string | null
  conditions: string[]
  appealInstructions: { kindLabel: string; text: string; lang: Locale } | null
  correctionReason: string | null
  /** When it was recorded. */
  decidedAt: string | null
  document: AttachmentLink | null
}

const textOrNull = (value: string | null | undefined) => (value?.trim() ? value : null)

const attachmentLinkOf = (doc: Attachment): AttachmentLink => ({
  id: String(doc.id),
  name: textOrNull(doc.description) ?? doc.filename ?? '',
  mimeType: doc.mimeType ?? '',
  filesize: doc.filesize ?? 0,
  href: attachmentHrefOf(doc.filename),
})

/** The case's data rows, labelled from the catalogue (public data). */
const dataRowsOf = async ({
  payload,
  caseDoc,
  locale,
  yesNo,
}: {
  payload: Payload
  caseDoc: Case
  locale: Locale
  yesNo: { yes: string; no: string }
}) => {
  const permitType = await payload.findByID({
    collection: slugs.permitTypes,
    id: idOf(caseDoc.permitType)!,
    overrideAccess: false,
    user: null,
    depth: 0,
    // Every language of its appeal instructions, so that a missing translation falls back to Finnish.
    locale: 'all',
  })
  const elementIds = idsOf((permitType.elements ?? []).map((row) => row.element))
  const { docs } = await payload.find({
    collection: slugs.dataElements,
    where: { id: { in: elementIds } },
    overrideAccess: false,
    user: null,
    locale: 'all',
    depth: 0,
    pagination: false,
  })
  const keyById = new Map(docs.map((doc) => [doc.id, doc.key]))
  const rows = caseDataRowsOf({
    elementKeys: elementIds.map((id) => keyById.get(id)).filter((key) => key !== undefined),
    elements: docs.map(toElement),
    data: caseDoc.data ?? {},
    locale,
    yesNo,
  })
  return { rows, permitType }
}

/**
 * Everything the case page shows, read with the user's own access rules: reading the case
 * records that the authority opened it. Two reads use system rights, each after the user's
 * right to the application is established, and each picks only what the authority may
 * know: the application's attachment list (a field the customer's side reads) and the
 * permit type, authority and status of the application's other cases (the bundle overview).
 */
export const loadAuthorityCase = async ({
  payload,
  user,
  id,
  locale,
  yesNo,
}: {
  payload: Payload
  user: AuthorityUser
  id: string
  locale: Locale
  yesNo: { yes: string; no: string }
}): Promise<AuthorityCasePage> => {
  const caseDoc = await caseOfUser({ payload, user, id })
  const applicationId = idOf(caseDoc.application)!
  const byCase = { case: { equals: caseDoc.id } }
  const own = { ...asUser(user), depth: 0, pagination: false } as const
  const application = await payload.findByID({
    collection: slugs.applications,
    id: applicationId,
    ...asUser(user),
    depth: 0,
    select: { receiptNumber: true },
  })
  const [applicationFiles, bundleCases, events, messages, supplements, decisions, notes, handlers] =
    await Promise.all([
      payload.findByID({
        collection: slugs.applications,
        id: applicationId,
        overrideAccess: true,
        depth: 0,
        select: { attachments: true },
      }),
      payload.find({
        collection: slugs.cases,
        where: { application: { equals: applicationId } },
        overrideAccess: true,
        depth: 0,
        pagination: false,
        sort: 'caseNumber',
        select: { permitType: true, authority: true, status: true },
      }),
      payload.find({ collection: slugs.caseEvents, where: byCase, sort: 'createdAt', ...own }),
      payload.find({
        collection: slugs.messages,
        where: {
          and: [{ application: { equals: applicationId } }, { or: [byCase, { case: { exists: false } }] }],
        },
        sort: 'createdAt',
        ...own,
      }),
      payload.find({
        collection: slugs.supplementRequests,
        where: byCase,
        sort: ['createdAt', 'id'],
        ...own,
      }),
      payload.find({ collection: slugs.decisions, where: byCase, sort: 'createdAt', ...own }),
      payload.find({ collection: slugs.caseNotes, where: byCase, sort: 'createdAt', ...own }),
      handlersOf({ payload, authority: idOf(user.authority)! }),
    ])
  const handlerNames = new Map(handlers.map((handler) => [String(handler.id), handler.name]))
  // A note's author or a handler who has since left the authority is still named in its history.
  const formerIds = idsOf([...notes.docs.map((doc) => doc.author), caseDoc.handler]).filter(
    (userId) => !handlerNames.has(String(userId)),
  )
  if (formerIds.length > 0) {
    const { docs: former } = await payload.find({
      collection: slugs.users,
      where: { id: { in: formerIds } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      select: { name: true },
    })
    for (const doc of former) handlerNames.set(String(doc.id), doc.name)
  }
  const supplementDocs = supplements.docs
  const decisionDocs = decisions.docs
  const { current: currentDecision, earlier: earlierDecisions } = decisionVersionsOf(decisionDocs)
  const messageDocs = messages.docs
  const applicationFileIds = idsOf(applicationFiles.attachments)
  const fileIds = [
    ...applicationFileIds,
    ...idsOf(decisionDocs.map((doc) => doc.document)),
    ...supplementDocs.flatMap((doc) => idsOf(doc.answerAttachments)),
  ]
  const files =
    fileIds.length === 0
      ? new Map<string, AttachmentLink>()
      : new Map(
          filesOfMatter(
            (
              await payload.find({
                collection: slugs.attachments,
                where: { id: { in: fileIds } },
                ...own,
              })
            ).docs,
            caseDoc,
          ).map((doc) => [String(doc.id), attachmentLinkOf(doc)]),
        )
  const fileOf = (rel: number | Attachment | null | undefined) => files.get(String(idOf(rel))) ?? null

  // Only which authority wrote: the sender's account itself stays unread.
  const senderIds = idsOf(
    messageDocs.filter((doc) => doc.senderKind === 'authority').map((doc) => doc.sender),
  )
  const senders =
    senderIds.length === 0
      ? []
      : (
          await payload.find({
            collection: slugs.users,
            where: { id: { in: senderIds } },
            overrideAccess: true,
            depth: 0,
            pagination: false,
            select: { authority: true },
          })
        ).docs
  const senderAuthority = new Map(senders.map((doc) => [String(doc.id), String(idOf(doc.authority))]))

  const bundleDocs = bundleCases.docs
  const authorityIds = [
    ...new Set(
      idsOf([...bundleDocs.map((doc) => doc.authority), ...senders.map((doc) => doc.authority)]).map(String),
    ),
  ]
  const [permitTypeNames, authorityNames, { rows: data, permitType }] = await Promise.all([
    permitTypeNamesOf({ payload, locale }),
    authorityNamesOf({ payload, ids: authorityIds, locale }),
    dataRowsOf({ payload, caseDoc, locale, yesNo }),
  ])
  const dateOf = (value: unknown) =>
    typeof value === 'string' && isIsoDate(value) ? formatDate({ date: value, locale }) : null
  const appealOf = (found: ReturnType<typeof appealInstructionsIn>) =>
    found && { kindLabel: appealKindLabels[found.kind][locale], text: found.text, lang: found.lang }
  const at = (value: unknown) => formatDateTime({ value, locale })

  return {
    case: {
      id: String(caseDoc.id),
      caseNumber: caseDoc.caseNumber,
      permitType: permitTypeNames.get(String(idOf(caseDoc.permitType))) ?? '',
      status: caseDoc.status,
      statusLabel: statusLabelOf(caseDoc.status, locale),
      outcomeLabel: outcomeLabelOf(caseDoc.outcome, locale),
      externalReference: textOrNull(caseDoc.externalReference),
      applicationReceiptNumber: textOrNull(application.receiptNumber),
      applicantName: applicantNameOf(caseDoc.data),
      submittedAt: at(caseDoc.createdAt),
      openedAt: at(caseDoc.openedAt),
      receivedAt: at(caseDoc.receivedAt),
      decidedAt: at(caseDoc.decidedAt),
      expectedDecisionOn: dateOf(caseDoc.expectedDecisionDate),
      deliveryState: deliveryStateLabelOf(caseDoc.deliveryState, locale),
      handlerName: handlerNames.get(String(idOf(caseDoc.handler))) ?? null,
    },
    data,
    attachments: applicationFileIds.map(fileOf).filter((link) => link !== null),
    bundle: bundleDocs.map((doc) => ({
      permitType: permitTypeNames.get(String(idOf(doc.permitType))) ?? '',
      authority: authorityNames.get(String(idOf(doc.authority))) ?? '',
      statusLabel: statusLabelOf(doc.status, locale),
      isThisCase: String(doc.id) === String(caseDoc.id),
    })),
    history: events.docs.map((doc) => ({
      id: String(doc.id),
      at: at(doc.createdAt),
      type: eventTypeLabelOf(doc.type, locale),
      fromStatus: doc.fromStatus ? statusLabelOf(doc.fromStatus, locale) : null,
      toStatus: doc.toStatus ? statusLabelOf(doc.toStatus, locale) : null,
      actor: actorLabelOf(doc.actorKind, locale),
      isAssignment: doc.type === 'assigned',
      handlerName: doc.type === 'assigned' ? textOrNull(doc.summary) : null,
    })),
    notes: notes.docs.map((doc) => ({
      id: String(doc.id),
      at: at(doc.createdAt),
      author: handlerNames.get(String(idOf(doc.author))) ?? '',
      body: doc.body,
    })),
    messages: messageDocs.map((doc) => ({
      id: String(doc.id),
      at: at(doc.createdAt),
      body: doc.body,
      senderKind: doc.senderKind ?? '',
      senderAuthority:
        doc.senderKind === 'authority'
          ? (authorityNames.get(senderAuthority.get(String(idOf(doc.sender))) ?? '') ?? null)
          : null,
      isInternal: Boolean(doc.isInternal),
      isApplicationLevel: idOf(doc.case) === null,
    })),
    supplementRequests: supplementBatchesOf(
      supplementDocs.map((doc) => ({
        id: String(doc.id),
        batch: doc.batch ?? null,
        whatIsMissing: doc.whatIsMissing,
        dueOn: dateOf(calendarDateOf(doc.dueDate)),
        status: doc.status ?? 'open',
        answer: textOrNull(doc.answer),
        answeredAt: at(doc.answeredAt),
        attachments: (doc.answerAttachments ?? []).map(fileOf).filter((link) => link !== null),
      })),
    ),
    decisions: [...(currentDecision ? [currentDecision] : []), ...earlierDecisions].map(
      (doc): AuthorityDecisionView => ({
        id: String(doc.id),
        version: versionOf(doc),
        isCurrent: doc === currentDecision,
        outcomeLabel: outcomeLabelOf(doc.outcome, locale),
        summary: doc.summary,
        decisionMaker: textOrNull(doc.decisionMaker),
        decisionDate: dateOf(calendarDateOf(doc.decisionDate)),
        validFrom: dateOf(calendarDateOf(doc.validFrom)),
        validUntil: dateOf(calendarDateOf(doc.validUntil)),
        conditions: (doc.conditions ?? []).map((row) => row.text),
        appealInstructions: appealOf(appealInstructionsIn(doc.appealInstructions, locale)),
        correctionReason: textOrNull(doc.correctionReason),
        decidedAt: at(doc.decidedAt),
        document: fileOf(doc.document),
      }),
    ),
    actions: {
      ...caseActionsAvailableOf({
        status: caseDoc.status,
        locale,
        today: todayInFinland(nowOf(payload)),
        kind: permitTypeKindOf(permitType.kind),
        hasDecision: currentDecision !== null,
      }),
      appealInstructions: appealOf(
        appealInstructionsIn(
          {
            kind: permitType.appealInstructions?.kind,
            ...localizedTextOf(permitType.appealInstructions?.text),
          },
          locale,
        ),
      ),
      decisionMaker: user.name ?? '',
      currentDecision: currentDecision && {
        outcome: currentDecision.outcome,
        summary: currentDecision.summary,
        decisionMaker: currentDecision.decisionMaker ?? '',
        decisionDate: calendarDateOf(currentDecision.decisionDate) ?? '',
        validFrom: calendarDateOf(currentDecision.validFrom) ?? '',
        validUntil: calendarDateOf(currentDecision.validUntil) ?? '',
        conditions: (currentDecision.conditions ?? []).map((row) => row.text).join('\n'),
      },
      documentAccept: attachmentMimeTypes.join(','),
      handlerOptions: handlers.map((handler) => ({ value: String(handler.id), label: handler.name })),
      handler: idOf(caseDoc.handler) === null ? '' : String(idOf(caseDoc.handler)),
      userId: String(user.id),
    },
  }
}
