import type { Where } from 'payload'
import type { z } from 'zod'

import { writeAudit } from '../../../src/access/auditHooks'
import { caseAttachmentsOf } from '../../../src/cases/caseAttachmentsOf'
import { caseDetailOf, caseSummaryOf, permitTypesOf } from '../../../src/cases/caseViews'
import { readAttachment } from '../../../src/collections/Attachments/readAttachment'
import { slugs } from '../../../src/collections/slugs'
import { caseOfAuthority, isIdLike } from './caseOfAuthority'
import { jsonResponse, noStore, notFound } from './problem'
import { getRoute } from './routes'
import type { caseDetailView, caseListView } from './schemas'
import { caseListQuery } from './schemas'

/** `GET /cases`: the caller's cases, newest first, optionally by status or changed since. */
export const listCases = getRoute('/cases', async ({ req, caller }) => {
  const query = caseListQuery.parse(req.query ?? {})
  const where: Where[] = [{ authority: { equals: caller.authorityId } }]
  if (query.status) where.push({ status: { equals: query.status } })
  if (query.updatedAfter) where.push({ updatedAt: { greater_than: query.updatedAfter } })
  const result = await req.payload.find({
    collection: slugs.cases,
    where: { and: where },
    sort: '-createdAt',
    page: query.page,
    limit: query.limit,
    overrideAccess: true,
    depth: 0,
    req,
  })
  const permitTypes = await permitTypesOf(req, result.docs)
  const list: z.infer<typeof caseListView> = {
    docs: result.docs.map((doc) => caseSummaryOf(doc, permitTypes)),
    page: result.page ?? query.page,
    limit: result.limit,
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    hasNextPage: result.hasNextPage,
  }
  return jsonResponse(list)
})

/** `GET /cases/:id`: one case with its data and attachment links. */
export const getCase = getRoute('/cases/:id', async ({ req, caller }) => {
  const caseDoc = await caseOfAuthority({ req, caller, caseId: req.routeParams?.id })
  const detail: z.infer<typeof caseDetailView> = await caseDetailOf(req, caseDoc)
  return jsonResponse(detail)
})

/** A header-safe file name: ASCII fallback plus the RFC 8187 form. */
const contentDispositionOf = (filename: string) => {
  const ascii = filename.replace(/[^\x20-\x7E]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/** `GET /cases/:id/attachments/:attachmentId`: the file, always as a download. */
export const downloadAttachment = getRoute(
  '/cases/:id/attachments/:attachmentId',
  async ({ req, caller }) => {
    const caseDoc = await caseOfAuthority({ req, caller, caseId: req.routeParams?.id })
    const attachmentId = req.routeParams?.attachmentId
    if (!isIdLike(req, attachmentId)) throw notFound()
    const attachment = (await caseAttachmentsOf(req, caseDoc)).find((doc) => String(doc.id) === attachmentId)
    const content = attachment ? await readAttachment(req.payload, attachment) : null
    if (!attachment || !content) throw notFound()
    await writeAudit({ req, action: 'download', resource: slugs.attachments, resourceId: attachment.id })
    return new Response(content.stream, {
      status: 200,
      headers: {
        ...noStore,
        'content-type': attachment.mimeType ?? 'application/octet-stream',
        'content-length': String(content.size),
        'content-disposition': contentDispositionOf(attachment.filename ?? ''),
        'x-content-type-options': 'nosniff',
      },
    })
  },
)
