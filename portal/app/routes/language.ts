import { redirect } from 'react-router'

import { serializeLanguageCookie } from '../i18n/i18next.server'
import { isUiLocale } from '../i18n/locales'
import { safeReturnTo } from '../models/safeReturnTo.server'
import type { Route } from './+types/language'

/**
 * The language switcher's target: `/language?lng=sv&returnTo=/analysis/public-event` keeps
 * the choice in the `lng` cookie and returns to the page. A plain link, so no JavaScript.
 */
export const loader = ({ request }: Route.LoaderArgs) => {
  const url = new URL(request.url)
  const locale = url.searchParams.get('lng')
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'))
  if (!isUiLocale(locale)) return redirect(returnTo)
  return redirect(returnTo, {
    headers: {
      'Set-Cookie': serializeLanguageCookie({ locale, isSecure: url.protocol === 'https:' }),
      'Cache-Control': 'no-store',
    },
  })
}
