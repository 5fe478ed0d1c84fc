import { getFixedT, getLocale } from '../i18n/i18next.server'
import { auditCaseAccess, requireAuthorityUser } from '../models/authority.server'
import { caseExportPdfOf } from '../models/authorityExport.server'
import type { Route } from './+types/authority-case-pdf'

/** The case page as a PDF document in the user's language, as a download. */
export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'authority')
  const { bytes, filename } = await caseExportPdfOf({
    payload: context.payload,
    user,
    id: params.id,
    locale,
    t,
  })
  await auditCaseAccess({
    payload: context.payload,
    user,
    request,
    action: 'export',
    caseId: params.id,
    format: 'pdf',
  })
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
