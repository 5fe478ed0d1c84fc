import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { caseActorOf } from '../cases/caseActor'
import { slugs } from '../collections/slugs'
import type { Case, Decision, Message } from '../payload-types'
import type { CustomerNotificationKind } from './customerNotificationOf'
import { queueCustomerNotification } from './queueCustomerNotification'
import { idOf } from '../collections/relations'

/**
 * A case changed status. A supplement request and a decision each move their case (to
 * `supplement-requested`, `decided`), so the status change is their one trigger: the
 * customer gets one email per event. The system's own move from `submitted` to
 * `delivered` is not news to the customer.
 */
const onCaseStatusChange: CollectionAfterChangeHook<Case> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || previousDoc.status === doc.status) return doc
  if (previousDoc.status === 'submitted' && doc.status === 'delivered' && caseActorOf(req) === 'system')
    return doc
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  const kind: CustomerNotificationKind =
    doc.status === 'supplement-requested'
      ? 'supplement-requested'
      : doc.status === 'decided'
        ? 'decision'
        : 'status-changed'
  await queueCustomerNotification({
    req,
    input: { applicationId: String(applicationId), caseId: String(doc.id), kind, status: doc.status },
  })
  return doc
}

/** An authority wrote to the customer; messages between authorities stay internal. */
const onAuthorityMessage: CollectionAfterChangeHook<Message> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.senderKind !== 'authority' || doc.isInternal) return doc
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  const caseId = idOf(doc.case)
  await queueCustomerNotification({
    req,
    input: {
      applicationId: String(applicationId),
      caseId: caseId === null ? null : String(caseId),
      kind: 'message',
    },
  })
  return doc
}

/**
 * A decision was corrected: its case stays decided, so no status change tells the customer;
 * the new version does. (A first decision is told by its case's move to `decided`.)
 */
const onDecisionCorrected: CollectionAfterChangeHook<Decision> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || idOf(doc.supersedes) === null) return doc
  const applicationId = idOf(doc.application)
  if (applicationId === null) return doc
  await queueCustomerNotification({
    req,
    input: {
      applicationId: String(applicationId),
      caseId: String(idOf(doc.case)),
      kind: 'decision-corrected',
    },
  })
  return doc
}

const hooksBySlug: Record<string, CollectionAfterChangeHook> = {
  [slugs.cases]: onCaseStatusChange,
  [slugs.decisions]: onDecisionCorrected,
  [slugs.messages]: onAuthorityMessage,
}

/**
 * Appends the customer notification hooks to the collections that cause them. Each hook
 * only queues a job in the write's transaction; the job sends the email.
 */
export const withCustomerNotifications = (collection: CollectionConfig): CollectionConfig => {
  const hook = hooksBySlug[collection.slug]
  if (!hook) return collection
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), hook] },
  }
}
