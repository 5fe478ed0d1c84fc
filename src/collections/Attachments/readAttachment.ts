import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { Attachment } from '../../payload-types'
import { slugs } from '../slugs'

/** A stored file's content as a stream, with its size in bytes. */
export type AttachmentContent = { stream: ReadableStream<Uint8Array>; size: number }

/**
 * Reads an attachment's stored file wherever it is kept, the way Payload's own file route
 * does: through the collection's storage handler (object storage), else from the upload
 * directory. Null when there is no such file. Checks no access: callers have done that.
 */
export const readAttachment = async (
  payload: Payload,
  doc: Pick<Attachment, 'id' | 'filename' | 'filesize'>,
): Promise<AttachmentContent | null> => {
  const filename = doc.filename ?? ''
  // Stored names are Payload's; never let one point outside the upload directory or prefix.
  if (!filename || path.basename(filename) !== filename) return null
  const upload = payload.collections[slugs.attachments].config.upload
  for (const handler of upload.handlers ?? []) {
    // A request of its own: the caller's Range or If-None-Match headers must not apply here.
    const response = await handler(await createLocalReq({}, payload), {
      doc,
      headers: new Headers(),
      params: { collection: slugs.attachments, filename },
    })
    if (!(response instanceof Response)) continue
    if (!response.ok || !response.body) {
      await response.body?.cancel()
      return null
    }
    return {
      stream: response.body,
      size: Number(response.headers.get('content-length') ?? doc.filesize ?? 0),
    }
  }
  if (!upload.staticDir) return null
  const file = path.join(path.resolve(upload.staticDir), filename)
  const size = await stat(file)
    .then((info) => info.size)
    .catch(() => null)
  if (size === null) return null
  return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size }
}
