import type { RefusalKind } from './samlRefusal'
import { continuePage as sharedContinuePage } from '../../src/server/continuePage'

type Locale = 'fi' | 'sv' | 'en'
type Texts = { title: string; body: string }

const pages: Record<RefusalKind, Record<Locale, Texts>> = {
  failed: {
    fi: {
      title: 'Tunnistautuminen epäonnistui',
      body: 'Tunnistuspalvelun vastausta ei voitu varmistaa, tai se oli jo käytetty tai vanhentunut. Kirjaudu uudelleen.',
    },
    sv: {
      title: 'Identifieringen misslyckades',
      body: 'Svaret från identifieringstjänsten kunde inte verifieras, eller så var det redan använt eller för gammalt. Logga in på nytt.',
    },
    en: {
      title: 'Identification failed',
      body: 'The answer of the identification service could not be verified, or it was already used or too old. Please sign in again.',
    },
  },
  cancelled: {
    fi: {
      title: 'Tunnistautuminen keskeytyi',
      body: 'Tunnistautuminen peruttiin tai se ei onnistunut. Voit yrittää uudelleen.',
    },
    sv: {
      title: 'Identifieringen avbröts',
      body: 'Identifieringen avbröts eller lyckades inte. Du kan försöka igen.',
    },
    en: {
      title: 'Identification was not completed',
      body: 'The identification was cancelled or did not succeed. You can try again.',
    },
  },
  assurance: {
    fi: {
      title: 'Tunnistustapa ei riitä',
      body: 'Lupa-palveluun kirjaudutaan vahvalla tunnistuksella. Valitse pankkitunnukset, mobiilivarmenne tai henkilökortti.',
    },
    sv: {
      title: 'Identifieringssättet räcker inte',
      body: 'Till Lupa loggar man in med stark autentisering. Välj bankkoder, mobilcertifikat eller identitetskort.',
    },
    en: {
      title: 'This identification method is not enough',
      body: 'Lupa requires strong identification. Please choose online banking codes, a mobile certificate or an identity card.',
    },
  },
  identifier: {
    fi: {
      title: 'Tunnistetta ei hyväksytä',
      body: 'Tunnistuspalvelu ei välittänyt tunnistetta, jolla Lupa voi tunnistaa sinut. Ota yhteys organisaatiosi tukeen.',
    },
    sv: {
      title: 'Identifieraren godtas inte',
      body: 'Identifieringstjänsten skickade ingen identifierare som Lupa kan använda. Kontakta din organisations support.',
    },
    en: {
      title: 'The identifier is not accepted',
      body: 'The identification service did not send an identifier Lupa can use. Please contact your organisation’s support.',
    },
  },
  attributes: {
    fi: {
      title: 'Tunnistustiedot puuttuvat',
      body: 'Tunnistuspalvelu ei välittänyt kaikkia tietoja, joita Lupa tarvitsee. Yritä uudelleen tai ota yhteys tukeen.',
    },
    sv: {
      title: 'Identifieringsuppgifter saknas',
      body: 'Identifieringstjänsten skickade inte alla uppgifter som Lupa behöver. Försök igen eller kontakta supporten.',
    },
    en: {
      title: 'Identification details are missing',
      body: 'The identification service did not send all the details Lupa needs. Please try again or contact support.',
    },
  },
  account: {
    fi: {
      title: 'Käyttäjätiliä ei voitu avata',
      body: 'Tunnistautuminen onnistui, mutta tiliäsi ei voitu avata. Ota yhteys tukeen.',
    },
    sv: {
      title: 'Kontot kunde inte öppnas',
      body: 'Identifieringen lyckades, men ditt konto kunde inte öppnas. Kontakta supporten.',
    },
    en: {
      title: 'Your account could not be opened',
      body: 'You were identified, but your account could not be opened. Please contact support.',
    },
  },
  unavailable: {
    fi: {
      title: 'Tunnistuspalvelu ei ole käytettävissä',
      body: 'Tämä kirjautumistapa ei ole nyt käytettävissä.',
    },
    sv: {
      title: 'Identifieringstjänsten är inte tillgänglig',
      body: 'Det här inloggningssättet är inte tillgängligt just nu.',
    },
    en: {
      title: 'The identification service is not available',
      body: 'This way of signing in is not available at the moment.',
    },
  },
  logout: {
    fi: {
      title: 'Uloskirjautumista ei voitu vahvistaa',
      body: 'Tunnistuspalvelun uloskirjautumisviestiä ei voitu varmistaa. Sulje selain varmistaaksesi uloskirjautumisen.',
    },
    sv: {
      title: 'Utloggningen kunde inte bekräftas',
      body: 'Utloggningsmeddelandet från identifieringstjänsten kunde inte verifieras. Stäng webbläsaren för att vara säker.',
    },
    en: {
      title: 'Sign-out could not be confirmed',
      body: 'The sign-out message of the identification service could not be verified. Close your browser to be sure.',
    },
  },
}

const common: Record<Locale, { back: string; reference: string }> = {
  fi: { back: 'Takaisin kirjautumiseen', reference: 'Virhetunnus' },
  sv: { back: 'Tillbaka till inloggningen', reference: 'Felkod' },
  en: { back: 'Back to sign-in', reference: 'Error reference' },
}

const locales: Locale[] = ['fi', 'sv', 'en']
const isLocale = (value: string | undefined): value is Locale => locales.includes(value as Locale)

/**
 * The page's language: the portal's `lng` cookie, then the browser's Accept-Language, then
 * Finnish (the portal's own order).
 */
export const localeOfRequest = ({ cookie, acceptLanguage }: { cookie?: string; acceptLanguage?: string }) => {
  for (const part of (cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === 'lng' && isLocale(value)) return value
  }
  for (const part of (acceptLanguage ?? '').split(',')) {
    const language = part.split(';')[0].trim().slice(0, 2).toLowerCase()
    if (isLocale(language)) return language
  }
  return 'fi'
}

const escapeHtml = (value: string) =>
  value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * A refusal as a small self-contained page (no script; it works at any width and with the
 * keyboard alone): what happened, what to do, a link back to sign-in and a reference that
 * support can find in the security log.
 */
export const errorPage = ({
  kind,
  locale,
  reference,
}: {
  kind: RefusalKind
  locale: Locale
  reference: string
}) => {
  const { title, body } = pages[kind][locale]
  const { back, reference: referenceLabel } = common[locale]
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Lupa</title>
<style>
body{margin:0;font-family:"Source Sans Pro","Helvetica Neue",Arial,sans-serif;color:#1f2a37;background:#f7f7f8;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;margin:0 0 1rem}
a{color:#2a6ebb}
a:focus{outline:3px solid #1a99c7;outline-offset:2px}
.reference{color:#5f686d;font-size:.9rem}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="/login">${escapeHtml(back)}</a></p>
<p class="reference">${escapeHtml(referenceLabel)}: <code>${escapeHtml(reference)}</code></p>
</main>
</body>
</html>`
}

export type { Locale }

const continueTexts: Record<'signedIn' | 'signingOut', Record<Locale, { title: string; link: string }>> = {
  signedIn: {
    fi: { title: 'Tunnistautuminen onnistui', link: 'Jatka palveluun' },
    sv: { title: 'Identifieringen lyckades', link: 'Fortsätt till tjänsten' },
    en: { title: 'Identification succeeded', link: 'Continue to the service' },
  },
  signingOut: {
    fi: { title: 'Kirjaudutaan ulos', link: 'Jatka uloskirjautumista tunnistuspalvelussa' },
    sv: { title: 'Du loggas ut', link: 'Fortsätt utloggningen i identifieringstjänsten' },
    en: { title: 'Signing out', link: 'Continue signing out at the identification service' },
  },
}

/** Lupa's page that moves on to `location` (see src/server/continuePage.ts for why not a redirect). */
export const continuePage = ({
  kind,
  locale,
  location,
}: {
  kind: keyof typeof continueTexts
  locale: Locale
  location: string
}) => sharedContinuePage({ ...continueTexts[kind][locale], location, locale })
