/**
 * The "organise a public event" bundle's own words in the portal (see
 * `src/collections/PermitBundles/bundleTextFields.ts`): its search keywords, the data that
 * name the application and date its deadlines, and the event wording of the analysis, the
 * deadlines and the receipt. Pure data: the seeder writes it with the bundle.
 */
import type { Locale, LocalizedText } from '../domain/types'
import type { DataElement, PermitBundle } from '../payload-types'

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en })

const keywords = t(
  'yleisötilaisuus, tapahtuma, konsertti, keikka, festivaali, festarit, markkinat, urheilutapahtuma, kilpailu, näyttely, ulkoilmatapahtuma, alkoholi, anniskelu, ruoka, elintarvikkeet, melu, äänentoisto, ilotulitus, järjestyksenvalvonta, pelastussuunnitelma, liikennejärjestelyt, lava, teltta',
  'offentligt evenemang, allmän tillställning, konsert, spelning, festival, marknad, idrottsevenemang, tävling, utställning, utomhusevenemang, alkohol, alkoholservering, mat, livsmedel, buller, ljudåtergivning, fyrverkerier, ordningsvakter, räddningsplan, trafikarrangemang, scen, tält',
  'public event, concert, gig, festival, market, sports event, competition, exhibition, outdoor event, alcohol, serving, food, noise, amplified sound, fireworks, security stewards, rescue plan, traffic arrangements, stage, tent',
)

const texts = {
  analysisHeading: t('Kerro tilaisuudestasi', 'Berätta om ditt evenemang', 'Tell us about your event'),
  analysisIntro: t(
    'Vastaa kysymyksiin tilaisuudestasi, niin näet, mitä lupia ja ilmoituksia tarvitset, miksi, keneltä ja mihin mennessä. Kirjautumista ei tarvita. Kaikki kysymykset ovat vapaaehtoisia, mutta mitä useampaan vastaat, sitä tarkempi tulos on.',
    'Svara på frågorna om ditt evenemang så ser du vilka tillstånd och anmälningar du behöver, varför, av vem och när. Du behöver inte logga in. Alla frågor är frivilliga, men ju fler du svarar på, desto noggrannare blir resultatet.',
    'Answer the questions about your event to see which permits and notifications you need, why, from whom and by when. No sign-in is needed. Every question is optional, but the more you answer, the more accurate the result.',
  ),
  placeQuestion: t(
    'Missä kunnassa tilaisuus järjestetään?',
    'I vilken kommun ordnas evenemanget?',
    'In which municipality is the event held?',
  ),
  deadlineSubject: t('tilaisuutta', 'evenemanget', 'the event'),
  applicantLabel: t('Järjestäjä', 'Arrangör', 'Organiser'),
  repeatHeading: t('Toistuva tapahtuma?', 'Återkommande evenemang?', 'A recurring event?'),
}

/**
 * The bundle fields of the public event's wording in one language; `elementIds` gives the
 * ids of the seeded data elements by key.
 */
export const publicEventTexts = ({
  locale,
  elementIds,
}: {
  locale: Locale
  elementIds: Map<string, DataElement['id']>
}): Pick<PermitBundle, 'keywords' | 'titleElement' | 'startDateElement' | 'isRepeatOffered' | 'texts'> => ({
  keywords: keywords[locale],
  titleElement: elementIds.get('eventName'),
  startDateElement: elementIds.get('eventStartDate'),
  isRepeatOffered: true,
  texts: Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, text[locale]])),
})
