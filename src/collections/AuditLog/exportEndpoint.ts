import type { Endpoint, Where } from 'payload'
import { APIError } from 'payload'

import { writeAudit } from '../../access/auditHooks'
import { hasRole, userOf } from '../../access/roles'
import { isIsoDate } from '../../domain/calendar-date'
import type { AuditLog } from '../../payload-types'
import { slugs } from '../slugs'

/** Entries in one export at most; a longer period is exported in parts. */
export const maxExportedEntries = 50_000

const columns = [
  'createdAt',
  'actor',
  'actorRole',
  'onBehalfOf',
  'action',
  'resource',
  'resourceId',
  'ip',
  'detail',
] as const

/** A CSV cell; one a spreadsheet would run as a formula is quoted as text. */
const cellOf = (value: unknown) => {
  const text = value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const csvOf = (entries: AuditLog[]) =>
  [
    columns.join(','),
    ...entries.map((entry) => columns.map((column) => cellOf(entry[column])).join(',')),
  ].join('\r\n')

/**
 * `GET /api/audit-log/export[?from=YYYY-MM-DD&to=YYYY-MM-DD&action=&resource=&actor=]`
 * (owner only): the audit log's entries in the period (UTC days, both included), filtered,
 * oldest first, as a CSV download. The export is itself recorded in the log.
 */
export const auditLogExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) throw new APIError('Log in first.', 401, undefined, true)
    if (!hasRole(user, 'owner'))
      throw new APIError('Only the owner can export the audit log.', 403, undefined, true)
    const param = (name: string) => req.searchParams.get(name)?.trim() || null
    const [from, to] = [param('from'), param('to')]
    for (const date of [from, to])
      if (date !== null && !isIsoDate(date))
        throw new APIError('from and to are dates: YYYY-MM-DD.', 400, undefined, true)
    const filters: Where[] = [
      ...(from ? [{ createdAt: { greater_than_equal: `${from}T00:00:00.000Z` } }] : []),
      ...(to ? [{ createdAt: { less_than_equal: `${to}T23:59:59.999Z` } }] : []),
      ...(['action', 'resource', 'actor'] as const).flatMap((name) => {
        const value = param(name)
        if (value === null) return []
        if (!/^[\w-]{1,64}$/.test(value)) throw new APIError(`${name} is not valid.`, 400, undefined, true)
        return [{ [name]: { equals: value } }]
      }),
    ]
    const { docs } = await req.payload.find({
      collection: slugs.auditLog,
      where: { and: filters },
      sort: 'createdAt',
      limit: maxExportedEntries,
      depth: 0,
      req,
      overrideAccess: true,
    })
    await writeAudit({
      req,
      action: 'export',
      resource: slugs.auditLog,
      detail: { from, to, count: docs.length },
    })
    return new Response(csvOf(docs), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-log-${from ?? 'start'}-${to ?? 'now'}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  },
}
