import type { Validate } from 'payload'

import { isFileOfParty, mayLinkFile } from '../domain/file-parties'
import type { MatterParty } from '../domain/file-parties'
import { pickLocale } from '../domain/localize'
import { message } from '../domain/messages'
import { idOf, idsOf } from './relations'
import type { Id } from './relations'
import { slugs } from './slugs'
import { visibleTo } from './visibleTo'

/** The party fields of a stored record or file (absent ones are nobody). */
export const matterPartyOf = (doc: object): MatterParty => ({
  applicant: 'applicant' in doc ? idOf(doc.applicant) : null,
  onBehalfOf: 'onBehalfOf' in doc ? idOf(doc.onBehalfOf) : null,
})

/** Of the given files, those of the matter of `record` (served with its records). */
export const filesOfMatter = <T extends object>(files: T[], record: object): T[] =>
  files.filter((file) => isFileOfParty(matterPartyOf(file), matterPartyOf(record)))

const readable = visibleTo(slugs.attachments, 'attachment-not-available')

/** The ids in a relationship field's value as a request gives it: one, or a list for hasMany. */
const idsIn = (value: unknown): Id[] => idsOf(Array.isArray(value) ? value : [value])

/**
 * Validates the files a user links to a record of a customer's matter (an application,
 * a message, a supplement answer, a decision): each must be readable by the writer and be
 * the matter's own file, or the writer's own upload that nobody has received yet. Reads
 * the record's `applicant` and `onBehalfOf`, which the collection's hook has set by then.
 */
export const partyFiles: Validate = async (value, options) => {
  const visible = await readable(value, options)
  if (visible !== true || options.overrideAccess === true || !options.req.user) return visible
  const { req, previousValue, data } = options
  const previous = new Set(idsIn(previousValue).map(String))
  const added = idsIn(value).filter((id) => !previous.has(String(id)))
  if (added.length === 0) return true
  const { docs } = await req.payload.find({
    collection: slugs.attachments,
    where: { id: { in: added } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const party = matterPartyOf(data)
  const isAllowed = docs.every((file) =>
    mayLinkFile({
      file: {
        ...matterPartyOf(file),
        uploadedBy: idOf(file.uploadedBy),
        isShared: Boolean(file.isLocked) || (file.authorities ?? []).length > 0,
      },
      party,
      writer: req.user!.id,
    }),
  )
  return isAllowed
    ? true
    : message('attachment-not-available', pickLocale(req.headers?.get('accept-language')))
}
