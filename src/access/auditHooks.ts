import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import { clientAddressOf } from './clientAddress'
import type { AuditLog } from '../payload-types'

const clientIp = (req: PayloadRequest) => clientAddressOf(req.headers)

/** Records an action in the audit log, in the same transaction as the change it describes. */
export const writeAudit = async ({
  req,
  action,
  resource,
  resourceId,
  detail,
}: {
  req: PayloadRequest
  action: AuditLog['action']
  resource: string
  resourceId?: number | string | null
  detail?: Record<string, unknown>
}) => {
  const { user } = req
  await req.payload.create({
    collection: slugs.auditLog,
    req,
    overrideAccess: true,
    // Nothing reads the new record's relations back.
    depth: 0,
    data: {
      actor: user?.id ?? null,
      actorRole: user?.role ?? (user ? null : 'system'),
      action,
      resource,
      resourceId: resourceId == null ? null : String(resourceId),
      ip: clientIp(req),
      detail,
    },
  })
}

const auditedTogetherKey = 'lupa:auditedTogether'

/**
 * Runs an operation whose writes one audit entry of its own describes (a submission's cases,
 * events and files): the collections' per-record entries are left out meanwhile.
 */
export const auditedTogether = async <T>(req: PayloadRequest, operation: () => Promise<T>): Promise<T> => {
  req.context[auditedTogetherKey] = true
  try {
    return await operation()
  } finally {
    delete req.context[auditedTogetherKey]
  }
}

/** Audit hooks for a collection: every create, update and delete by a user is logged. */
export const auditHooks = (resource: string) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    if (req.user && !req.context[auditedTogetherKey])
      await writeAudit({ req, action: operation, resource, resourceId: doc.id })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (req.user) await writeAudit({ req, action: 'delete', resource, resourceId: doc.id })
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
