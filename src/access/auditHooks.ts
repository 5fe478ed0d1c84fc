import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  PayloadRequest,
} from 'payload'

import { slugs } from '../collections/slugs'
import { clientAddressOf } from './clientAddress'
import type { AuditLog, User } from '../payload-types'

const clientIp = (req: PayloadRequest) => clientAddressOf(req.headers)

/** Records an action in the audit log, in the same transaction as the change it describes. */
export const writeAudit = async ({
  req,
  action,
  resource,
  resourceId,
  detail,
  actor = req.user,
}: {
  req: PayloadRequest
  action: AuditLog['action']
  resource: string
  resourceId?: number | string | null
  detail?: Record<string, unknown>
  /** Who acted, when it is not yet the request's user (a login). */
  actor?: Pick<User, 'id' | 'role'> | null
}) => {
  const user = actor
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

/** Longest value a diff keeps, in characters of JSON: a rich text may be long. */
const maxDiffValueLength = 2000

const diffValueOf = (value: unknown) => {
  const json = JSON.stringify(value ?? null)
  return json.length > maxDiffValueLength ? `${json.slice(0, maxDiffValueLength)}…` : JSON.parse(json)
}

/** Bookkeeping Payload keeps itself (timestamps, sign-in state): not what a person changed. */
const unchangedByPeople = new Set([
  'updatedAt',
  'createdAt',
  '_status',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

/**
 * What an update changed. With `withValues`, each changed field's value before and after
 * (configuration and catalogue: no personal data); otherwise the changed fields' names only.
 */
export const changesOf = ({
  before,
  after,
  withValues,
}: {
  before: Record<string, unknown>
  after: Record<string, unknown>
  withValues: boolean
}) => {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !unchangedByPeople.has(field))
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .sort()
  return withValues
    ? {
        changes: Object.fromEntries(
          changed.map((field) => [
            field,
            { from: diffValueOf(before[field]), to: diffValueOf(after[field]) },
          ]),
        ),
      }
    : { changedFields: changed }
}

/**
 * Audit hooks for a collection: every create, update and delete by a user is logged, an
 * update with what it changed (`withValues`: before and after, for configuration).
 */
export const auditHooks = (resource: string, { withValues = false }: { withValues?: boolean } = {}) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (req.user && !req.context[auditedTogetherKey])
      await writeAudit({
        req,
        action: operation,
        resource,
        resourceId: doc.id,
        detail:
          operation === 'update' && previousDoc
            ? changesOf({ before: previousDoc, after: doc, withValues })
            : undefined,
      })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (req.user) await writeAudit({ req, action: 'delete', resource, resourceId: doc.id })
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

/** A password login (the admin's, or the REST API's): who signed in, and from where. */
const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await writeAudit({
    req,
    action: 'login',
    resource: slugs.users,
    resourceId: user.id,
    actor: user,
    detail: { method: 'password' },
  })
}

/**
 * A refused password login (wrong password, a locked account): the address and the email
 * tried, so that attacks on an account show. Written outside the failed request's
 * transaction, which is rolled back.
 */
const auditLoginFailure: AfterErrorHook = async ({ error, req }) => {
  if (!['AuthenticationError', 'LockedAuth'].includes(error.name) || !req.url?.includes('/login')) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : null
  await req.payload.create({
    collection: slugs.auditLog,
    overrideAccess: true,
    depth: 0,
    data: {
      actor: null,
      actorRole: null,
      action: 'denied',
      resource: slugs.users,
      ip: clientIp(req),
      detail: {
        method: 'password',
        reason: error.name === 'LockedAuth' ? 'locked' : 'wrong-credentials',
        email,
      },
    },
  })
}

/** The users collection's login audit: every password login, and every refused one. */
export const loginAuditHooks = { afterLogin: [auditLogin], afterError: [auditLoginFailure] }
