import i18next from 'i18next'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { HydratedRouter } from 'react-router/dom'

import { defaultUiLocale } from './i18n/locales'
import { i18nOptions } from './i18n/resources'

const hydrate = async () => {
  // The server chose the language (cookie, then Accept-Language) and wrote it into <html lang>.
  await i18next.use(initReactI18next).init({
    ...i18nOptions,
    lng: document.documentElement.lang || defaultUiLocale,
  })
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <HydratedRouter />
        </StrictMode>
      </I18nextProvider>,
    )
  })
}

void hydrate()
