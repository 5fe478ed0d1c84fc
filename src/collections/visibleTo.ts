import type { CollectionSlug, Validate } from 'payload'

import { pickLocale } from '../domain/localize'
import { message } from '../domain/messages'
import type { MessageCode } from '../domain/messages'
import { idOf } from './relations'
import type { Id } from './relations'

/**
 * Validates a relationship a user writes: every record it points to must exist and be
 * readable by that user, so nobody links a record they may not see (or one that does not
 * exist). Unchanged values are not checked again.
 */
export const visibleTo =
  (collection: CollectionSlug, code: MessageCode): Validate =>
  async (value, { req, previousValue, overrideAccess }) => {
    const ids = (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is Id => id !== null)
    const previous = new Set(
      (Array.isArray(previousValue) ? previousValue : [previousValue]).map((id) => String(idOf(id))),
    )
    const added = ids.filter((id) => !previous.has(String(id)))
    if (added.length === 0 || overrideAccess === true) return true
    const totalDocs = await req.payload
      .count({
        collection: collection,
        where: { id: { in: added } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      .then((result) => result.totalDocs)
      .catch(() => 0)
    return totalDocs === new Set(added.map(String)).size
      ? true
      : message(code, pickLocale(req.headers?.get('accept-language')))
  }
