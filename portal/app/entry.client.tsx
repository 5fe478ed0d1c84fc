import i18next from 'i18next'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { HydratedRouter } from 'react-router/dom'

import { loadMessages } from './i18n/loadMessages'
import { defaultUiLocale, isUiLocale } from './i18n/locales'
import { baseI18nOptions } from './i18n/options'

const hydrate = async () => {
  // The server chose the language (cookie, then Accept-Language) and wrote it into <html lang>;
  // only that language's strings are loaded.
  const lang = document.documentElement.lang
  const lng = isUiLocale(lang) ? lang : defaultUiLocale
  await i18next.use(initReactI18next).init({
    ...baseI18nOptions,
    lng,
    resources: { [lng]: await loadMessages(lng) },
    partialBundledLanguages: true,
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
