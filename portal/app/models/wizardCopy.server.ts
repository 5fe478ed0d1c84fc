import type { Payload } from 'payload'
import { data } from 'react-router'

import { BundleNotFoundError, loadBundleContext } from '../../../src/catalogue/loadBundleContext'
import { idOf, idsOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { withoutAnswered } from '../../../src/domain/wizard-steps'
import { asUser, requestAs, type PortalUser } from './session.server'
import { readApplication } from './readApplication.server'

/**
 * Starts a new draft from an earlier application of the customer (a recurring event): the
 * same bundle, answers, data, applicant and organisation, and the same files. Files are
 * uploaded once, so the copy links the very files (those the customer may still read; the
 * link is checked for access when it is written) rather than duplicating them; deleting one
 * from the copy leaves the original's untouched. Returns the new draft's id.
 */
export const copyApplication = async ({
  payload,
  user,
  id,
}: {
  payload: Payload
  user: PortalUser
  id: string
}): Promise<number> => {
  const source = await readApplication({ payload, user, id })
  const bundleId = idOf(source.bundle)!
  let attachmentElements: string[]
  try {
    const context = await loadBundleContext({
      req: await requestAs(payload, user),
      bundle: { id: bundleId },
    })
    attachmentElements = context.elements
      .filter((element) => element.type === 'attachment')
      .map((element) => element.key)
  } catch (error) {
    // A withdrawn bundle cannot be applied for again.
    if (error instanceof BundleNotFoundError) throw data(null, { status: 410 })
    throw error
  }
  const linked = idsOf(source.attachments)
  const { docs: readable } = linked.length
    ? await payload.find({
        collection: slugs.attachments,
        where: { id: { in: linked } },
        depth: 0,
        pagination: false,
        select: {},
        ...asUser(user),
      })
    : { docs: [] }
  const files = new Set(readable.map((doc) => String(doc.id)))
  const answers = source.answers ?? {}
  // A submitted application stores the answers among its values too; the draft keeps them apart.
  const values = withoutAnswered({ values: source.values ?? {}, answers })
  for (const key of attachmentElements) {
    const value = values[key]
    if (!Array.isArray(value)) continue
    const kept = value.map(String).filter((item) => files.has(item))
    if (kept.length > 0) values[key] = kept
    else delete values[key]
  }
  const copy = await payload.create({
    collection: slugs.applications,
    data: {
      bundle: bundleId,
      status: 'draft',
      answers,
      values,
      attachments: readable.map((doc) => doc.id),
      // The collection keeps this only when the customer still acts for the organisation.
      onBehalfOf: idOf(source.onBehalfOf),
    },
    depth: 0,
    ...asUser(user),
  })
  return copy.id
}
