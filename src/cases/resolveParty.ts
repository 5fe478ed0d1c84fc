import type { PayloadRequest } from 'payload'
import { Forbidden } from 'payload'

import { slugs } from '../collections/slugs'
import { idOf, idsOf } from '../collections/relations'
import type { Rel } from '../collections/relations'
import type { Application, Authority, Case, Organisation, User } from '../payload-types'

/** The parties of a case-bound record, as copied onto it for access rules. */
export type Party = {
  application: Application['id']
  case: Case['id'] | null
  applicant: User['id'] | null
  onBehalfOf: Organisation['id'] | null
  authority: Authority['id'] | null
  partyAuthorities: Authority['id'][]
}

/**
 * Finds the parties of the application (and case) a new record refers to, reading them
 * with the acting user's own access: a user who cannot see the case cannot write to it.
 */
export const resolveParty = async ({
  req,
  caseId,
  applicationId,
}: {
  req: PayloadRequest
  caseId?: Rel
  applicationId?: Rel
}): Promise<Party> => {
  const asUser = { req, overrideAccess: !req.user, user: req.user, depth: 0 } as const
  let caseDoc: Case | null = null
  let application = idOf(applicationId)
  if (idOf(caseId) !== null) {
    caseDoc = await req.payload
      .findByID({ collection: slugs.cases, id: idOf(caseId)!, ...asUser, disableErrors: true })
      .catch(() => null)
    if (!caseDoc) throw new Forbidden(req.t)
    application = idOf(caseDoc.application)
  }
  if (application === null) throw new Forbidden(req.t)
  // The application's party list is system data: read it with the system's rights, once
  // the user's own access to the case (above) or the application (below) is established.
  if (!caseDoc) {
    const visible = await req.payload
      .findByID({ collection: slugs.applications, id: application, ...asUser, disableErrors: true })
      .catch(() => null)
    if (!visible) throw new Forbidden(req.t)
  }
  const applicationDoc = await req.payload.findByID({
    collection: slugs.applications,
    id: application,
    req,
    depth: 0,
    overrideAccess: true,
  })
  return {
    application: applicationDoc.id,
    case: caseDoc ? caseDoc.id : null,
    applicant: idOf(applicationDoc.applicant),
    onBehalfOf: idOf(applicationDoc.onBehalfOf),
    authority: caseDoc ? idOf(caseDoc.authority) : null,
    partyAuthorities: idsOf(applicationDoc.partyAuthorities),
  }
}
