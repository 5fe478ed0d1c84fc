import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { slugs } from '../collections/slugs'
import type { Attachment } from '../payload-types'

/** A file as a form or an API call received it. */
export type ReceivedFile = {
  data: Buffer
  /** The sender's name for it: kept as the description, never as the stored name. */
  name: string
  /** What the sender says it is; the content decides (the collection sniffs it). */
  mimeType: string
}

/** The name a sender gave a file, without any path, controls or excess length. */
export const displayNameOf = (name: string) =>
  [...(name.split(/[/\\]/).pop() ?? '')]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200) || 'file'

/**
 * Stores a received file as an attachment. The collection sniffs its content, refuses a
 * type outside the allow-list with a `ValidationError`, and stores it under a generated
 * name starting with `label`. Written with the given rights: the uploader's own (who
 * becomes its uploader and applicant), or the system's with the party fields in `data`.
 */
export const storeAttachment = ({
  payload,
  file,
  label,
  access,
  data = {},
  context = {},
}: {
  payload: Payload
  file: ReceivedFile
  label: string
  access:
    | { req?: PayloadRequest; user: PayloadRequest['user'] | object; overrideAccess: false }
    | { req: PayloadRequest; overrideAccess: true }
  data?: Partial<Attachment>
  context?: RequestContext
}) =>
  payload.create({
    collection: slugs.attachments,
    ...access,
    depth: 0,
    data: { description: displayNameOf(file.name), ...data },
    file: { data: file.data, mimetype: file.mimeType, name: label, size: file.data.length },
    context: { ...context, fileLabel: label },
  })
