import type { CollectionAfterReadHook, CollectionBeforeChangeHook, Field } from 'payload'

import { authorityIdOf, hasRole, noOneField, userOf } from '../../access/roles'
import { nowOf } from '../../clock'
import type { Case } from '../../payload-types'
import { l } from '../labels'
import { idOf } from '../relations'
import { slugs } from '../slugs'

/** The statuses of a case its authority has not yet acted on. */
export const unopenedStatuses = ['submitted', 'delivered']

/**
 * When the case was first opened at its authority: the first time a user of the case's own
 * authority read that one case (Local API, REST or GraphQL; lists do not count), or the
 * first time it moved on from `submitted`/`delivered` by the authority's hand, whichever
 * came first. The workspace marks unopened cases; a mode may follow up on them (the
 * simplified mode's reminders and escalations stop once it is set).
 */
export const openedAtField: Field = {
  name: 'openedAt',
  type: 'date',
  label: l('Avattu', 'Öppnad', 'Opened at'),
  access: { create: noOneField, update: noOneField },
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: l(
      'Milloin viranomainen avasi asian ensimmäisen kerran.',
      'När myndigheten först öppnade ärendet.',
      'When the authority first opened the case.',
    ),
  },
}

/**
 * True while a case still waits for its authority to open it: not opened, and neither acted
 * on nor withdrawn or cancelled.
 */
export const isAwaitingOpening = (caseDoc: Pick<Case, 'openedAt' | 'status'>) =>
  !caseDoc.openedAt && unopenedStatuses.includes(caseDoc.status)

/**
 * Records the first read of a case by a user of its authority. The timestamp is written
 * with the adapter directly, in the read's own transaction: no hooks, no audit entry that
 * would pass a read off as the user's change, and no second read of the case.
 */
export const markOpenedOnRead: CollectionAfterReadHook<Case> = async ({ doc, findMany, req }) => {
  if (findMany || doc.openedAt) return doc
  const user = userOf(req)
  const authority = authorityIdOf(user)
  const caseAuthority = idOf(doc.authority)
  if (!hasRole(user, 'authority-user') || authority === null || caseAuthority === null) return doc
  if (String(authority) !== String(caseAuthority)) return doc
  const openedAt = nowOf(req.payload).toISOString()
  try {
    await req.payload.db.updateOne({ collection: slugs.cases, id: doc.id, data: { openedAt }, req })
    doc.openedAt = openedAt
  } catch (error) {
    // A read never fails for this; the next read tries again.
    req.payload.logger.error({ err: error, msg: `Could not record that case ${String(doc.id)} was opened` })
  }
  return doc
}

/** A case the authority moves on (to `received` or beyond) has been opened. */
export const markOpenedOnStatus: CollectionBeforeChangeHook<Case> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || originalDoc.openedAt) return data
  const status = data.status ?? originalDoc.status
  if (status === originalDoc.status || ['submitted', 'delivered', 'withdrawn', 'cancelled'].includes(status))
    return data
  data.openedAt = nowOf(req.payload).toISOString()
  return data
}
