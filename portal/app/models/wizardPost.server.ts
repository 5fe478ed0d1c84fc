import { data } from 'react-router'

import { attachmentLimits } from '../../../src/domain/attachment-limits'

/**
 * Most bytes one post of a wizard step may carry: a few files at the largest size. A post
 * over it is not parsed at all; with JavaScript, the page refuses such files before sending.
 */
export const maxPostBytes = 3 * attachmentLimits.maxFileBytes

/** Beyond this, an oversized post is no longer drained but cut off. */
const maxDrainBytes = 20 * maxPostBytes

/** A posted form, or the fact that the post was too large to read. */
export type PostedForm = { form: FormData; isTooLarge: false } | { form: null; isTooLarge: true }

/**
 * Reads a form post (URL-encoded or multipart) into memory, refusing more than
 * {@link maxPostBytes}. An oversized body is read to its end and dropped, so that the
 * browser still gets the page that explains what happened rather than a broken connection.
 */
export const readPostedForm = async (request: Request): Promise<PostedForm> => {
  const contentType = request.headers.get('content-type') ?? ''
  const declared = Number(request.headers.get('content-length') ?? '0')
  const chunks: Uint8Array[] = []
  let total = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxDrainBytes) {
        await reader.cancel()
        break
      }
      if (total <= maxPostBytes) chunks.push(value)
    }
  }
  if (total > maxPostBytes || declared > maxPostBytes) return { form: null, isTooLarge: true }
  try {
    const form = await new Request('http://form.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: Buffer.concat(chunks),
    }).formData()
    return { form, isTooLarge: false }
  } catch {
    throw data(null, { status: 400 })
  }
}

/** The files posted under a name; a file input left empty sends a nameless empty part. */
export const postedFiles = (form: FormData, name: string): File[] =>
  form.getAll(name).filter((value): value is File => typeof value !== 'string' && value.name !== '')
