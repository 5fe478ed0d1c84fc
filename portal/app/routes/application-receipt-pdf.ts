import { getLocale } from '../i18n/i18next.server'
import { loadReceipt, receiptPdf } from '../models/receipt.server'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/application-receipt-pdf'

/** The receipt as a PDF download, in the customer's language. */
export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const receipt = await loadReceipt({ payload: context.payload, user, id: params.id, locale })
  const { bytes, filename } = await receiptPdf({ receipt, locale })
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
