import type { PayloadRequest } from 'payload'

import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'

/** The account details a rectification request may correct. */
export type Corrections = { name?: string | null; email?: string | null; phone?: string | null }

/** What a rectification changed: the names of the corrected details, never their values. */
export type RectificationOutcome = { corrected: (keyof Corrections)[] }

/**
 * Corrects a person's account details as the owner wrote them on the request, in the
 * request's transaction, so that a correction Payload refuses (an email already in use)
 * leaves the request open. Details left empty stay as they were. Submitted applications are
 * records of what was sent: the authority handling a case rectifies its own record.
 */
export const rectifyDataSubject = async ({
  req,
  userId,
  corrections,
}: {
  req: PayloadRequest
  userId: Id
  corrections: Corrections
}): Promise<RectificationOutcome> => {
  const data = Object.fromEntries(
    Object.entries(corrections).flatMap(([key, value]) =>
      typeof value === 'string' && value.trim() ? [[key, value.trim()]] : [],
    ),
  )
  const corrected = (['name', 'email', 'phone'] as const).filter((key) => key in data)
  if (corrected.length > 0)
    await req.payload.update({
      collection: slugs.users,
      id: userId,
      data,
      req,
      // The handler's own rights (only an owner handles requests, and owners edit accounts).
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
  return { corrected }
}
