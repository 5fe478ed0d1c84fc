import { getFixedT, getLocale } from '../i18n/i18next.server'
import { personalDataOf, personalDataPdfOf } from '../models/personalData.server'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/account-data-pdf'

/** Everything Lupa holds on the signed-in person, as a readable PDF in their language. */
export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const data = await personalDataOf({ payload: context.payload, user, request })
  const bytes = await personalDataPdfOf({ data, locale, t: await getFixedT(locale, 'account') })
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="lupa-personal-data.pdf"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
