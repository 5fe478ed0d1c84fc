import { auditCaseAccess, requireAuthorityUser } from '../models/authority.server'
import { caseExportJsonOf } from '../models/authorityExport.server'
import type { Route } from './+types/authority-case-json'

/** The case as JSON (the integration API's case view and more), as a download. */
export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const view = await caseExportJsonOf({ payload: context.payload, user, id: params.id })
  await auditCaseAccess({
    payload: context.payload,
    user,
    request,
    action: 'export',
    caseId: view.id,
    format: 'json',
  })
  const filename = `${view.caseNumber.replace(/[^A-Za-z0-9-]/g, '') || 'case'}.json`
  return new Response(JSON.stringify(view, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
