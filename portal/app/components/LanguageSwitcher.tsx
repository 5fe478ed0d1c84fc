import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { Link } from 'suomifi-ui-components'

import { uiLocales } from '../i18n/locales'

/** Each language's name in that language, so that anyone can find their own. */
const languageNames = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const

/**
 * Plain links to `/language`, which keeps the choice in the `lng` cookie and comes back to
 * this page: works without JavaScript (a full page load also reloads every text).
 */
export const LanguageSwitcher = () => {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const returnTo = `${location.pathname}${location.search}`
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {uiLocales.map((locale) => (
          <li key={locale}>
            {locale === i18n.language ? (
              <span className="language-current" lang={locale} aria-current="true">
                {languageNames[locale]}
              </span>
            ) : (
              <Link
                href={`/language?lng=${locale}&returnTo=${encodeURIComponent(returnTo)}`}
                lang={locale}
                hrefLang={locale}
              >
                {languageNames[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
