import type { Endpoint } from 'payload'
import { z } from 'zod'

import { requireStaff } from '../../src/access/requireStaff'
import { slugs } from '../../src/collections/slugs'
import { message } from '../../src/domain/messages'
import type { DeskRecord } from './deskRecords'
import { localeOf } from './problems'
import { serviceDeskSlugs } from './serviceDeskSlugs'

/** An email as a mail gateway (or a person pasting one) hands it over. */
const intakeSchema = z.object({
  from: z.email(),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10_000),
})

/**
 * `POST /api/<incidents|service-requests>/intake` with `{ from, subject, body }`: the
 * email channel. Staff (or a mail gateway signed in as staff) hand an email over; a sender
 * who is an authority user becomes the record's author and their authority its authority,
 * any other sender is kept as an address. Answers 201 with the record, 400 with one
 * localised message per bad field.
 */
export const intakeEndpoint = (record: DeskRecord): Endpoint => ({
  path: '/intake',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'take in emails')
    const locale = localeOf(req)
    const raw = (await req.json?.().catch(() => null)) as Record<string, unknown> | null
    const parsed = intakeSchema.safeParse(raw)
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? 'body')
        const isMissing =
          raw?.[field] === undefined || raw[field] === null || String(raw[field]).trim() === ''
        const code = isMissing
          ? 'required'
          : issue.code === 'too_big'
            ? 'too-long'
            : field === 'from'
              ? 'invalid-email'
              : 'invalid-type'
        return { path: field, message: message(code, locale, { max: field === 'subject' ? 200 : 10_000 }) }
      })
      return Response.json({ errors }, { status: 400 })
    }
    const { from, subject, body } = parsed.data
    const { docs } = await req.payload.find({
      collection: slugs.users,
      where: { email: { equals: from.toLowerCase() } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const sender = docs.at(0)
    const author = sender?.role === 'authority-user' ? sender : null
    const common = {
      title: subject,
      description: body,
      channel: 'email' as const,
      authority: author?.authority ?? null,
    }
    const asUser = { req, user: req.user, overrideAccess: false }
    const doc =
      record.slug === serviceDeskSlugs.incidents
        ? await req.payload.create({
            collection: record.slug,
            data: { ...common, status: 'reported', reportedBy: author?.id ?? null, reporterEmail: from },
            ...asUser,
          })
        : await req.payload.create({
            collection: record.slug,
            data: {
              ...common,
              status: 'received',
              kind: 'normal',
              requestedBy: author?.id ?? null,
              requesterEmail: from,
            },
            ...asUser,
          })
    return Response.json({ doc }, { status: 201 })
  },
})
