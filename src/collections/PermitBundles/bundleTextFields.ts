import type { Field } from 'payload'

import { l } from '../labels'
import { slugs } from '../slugs'

type Texts = ReturnType<typeof l>

/** A text of the bundle's own, per language; empty means the portal's neutral default. */
const bundleText = ({
  name,
  label,
  description,
  isLong = false,
}: {
  name: string
  label: Texts
  description: Texts
  isLong?: boolean
}): Field => {
  const common = { name, localized: true, label, admin: { description } }
  return isLong
    ? { ...common, type: 'textarea', maxLength: 1000 }
    : { ...common, type: 'text', maxLength: 200 }
}

/**
 * The bundle's own words in the portal, so that a bundle for a restaurant reads as a
 * restaurant from the home page to the receipt PDF: search keywords, the data that names an
 * application and dates its deadlines, the "apply again" offer, and the texts of the
 * analysis, the deadlines and the receipt. Every text is optional: the portal has a neutral
 * default in each language (an untranslated text gets that default, not another language).
 */
export const bundleTextFields: Field[] = [
  {
    name: 'keywords',
    type: 'textarea',
    localized: true,
    maxLength: 1000,
    label: l('Hakusanat', 'Sökord', 'Search keywords'),
    admin: {
      description: l(
        'Portaalin etusivun haku: sanat, joilla asiakas etsii tätä kokonaisuutta, pilkuin tai riveittäin erotettuina (esim. konsertti, festivaali, alkoholi). Nimi, kuvaus ja lupien nimet haetaan muutenkin, ja haku tunnistaa taivutetut muodot (konsertin, ravintolan).',
        'Sökningen på portalens startsida: ord som kunden söker den här helheten med, åtskilda med kommatecken eller radbyten (t.ex. konsert, festival, alkohol). Namnet, beskrivningen och tillståndens namn söks ändå, och sökningen känner igen böjda former.',
        'Search on the portal home page: words a customer looks for this bundle with, separated by commas or line breaks (e.g. concert, festival, alcohol). The name, the description and the permit names are searched anyway, and the search understands inflected forms.',
      ),
    },
  },
  {
    type: 'collapsible',
    label: l('Sanasto portaalissa', 'Ordval i portalen', 'Wording in the portal'),
    admin: {
      initCollapsed: true,
      description: l(
        'Tyhjä kenttä tarkoittaa portaalin yleistä oletusta, joka sopii mihin tahansa kokonaisuuteen.',
        'Ett tomt fält betyder portalens allmänna standardtext, som passar vilken helhet som helst.',
        'An empty field means the portal’s general default, which suits any bundle.',
      ),
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'titleElement',
            type: 'relationship',
            relationTo: slugs.dataElements,
            filterOptions: { type: { equals: 'text' } },
            label: l(
              'Hakemuksen nimeävä tieto',
              'Uppgift som namnger ansökan',
              'Datum naming the application',
            ),
            admin: {
              description: l(
                'Tämän tiedon arvo on hakemuksen nimi omissa hakemuksissa, kuittauksessa ja viranomaiselle (esim. Tilaisuuden nimi). Oletus: kokonaisuuden nimi.',
                'Värdet av denna uppgift är ansökans namn i mina ansökningar, på kvittot och för myndigheten (t.ex. Evenemangets namn). Standard: helhetens namn.',
                'The value of this datum names the application in My applications, on the receipt and for the authority (e.g. Name of the event). Default: the bundle’s name.',
              ),
            },
          },
          {
            name: 'startDateElement',
            type: 'relationship',
            relationTo: slugs.dataElements,
            filterOptions: { type: { equals: 'date' } },
            label: l('Aloituspäivän tieto', 'Uppgift om startdatum', 'Start date datum'),
            admin: {
              description: l(
                'Päivä, josta lupien jättöajat lasketaan taaksepäin (esim. Tilaisuuden alkamispäivä, Ravintolan avaamispäivä). Kysy se lupa-analyysissa, niin analyysi näyttää määräajat. Oletus: ei määräaikasuunnitelmaa.',
                'Dagen som tillståndens inlämningstider räknas bakåt från (t.ex. evenemangets startdatum, restaurangens öppningsdag). Fråga den i tillståndsanalysen så visar analysen tidsfristerna. Standard: ingen tidsplan.',
                'The day the permits’ lead times count back from (e.g. the event’s start date, the restaurant’s opening day). Ask it in the permit analysis for the analysis to show the deadline plan. Default: no deadline plan.',
              ),
            },
          },
        ],
      },
      {
        name: 'isRepeatOffered',
        type: 'checkbox',
        defaultValue: true,
        label: l(
          'Tarjoa hakemuksen kopiointia uudeksi',
          'Erbjud kopiering av ansökan till en ny',
          'Offer copying the application into a new one',
        ),
        admin: {
          description: l(
            'Kuittauksessa ja omissa hakemuksissa näytetään ”Kopioi uudeksi hakemukseksi” (esim. toistuva tapahtuma). Poista valinta, jos samaa hakemusta ei tehdä uudelleen (esim. ravintolan perustaminen).',
            'Kvittot och mina ansökningar visar ”Kopiera till en ny ansökan” (t.ex. ett återkommande evenemang). Avmarkera om samma ansökan inte görs igen (t.ex. att starta en restaurang).',
            'The receipt and My applications show “Copy into a new application” (e.g. a recurring event). Untick when the same application is not made again (e.g. starting a restaurant).',
          ),
        },
      },
      {
        name: 'texts',
        type: 'group',
        label: l('Tekstit', 'Texter', 'Texts'),
        fields: [
          bundleText({
            name: 'analysisHeading',
            label: l(
              'Lupa-analyysin kysymysten otsikko',
              'Rubrik för analysens frågor',
              'Heading of the analysis questions',
            ),
            description: l(
              'Lupa-analyysin kysymysten yläpuolella (esim. Kerro tilaisuudestasi). Oletus: Kerro suunnitelmastasi.',
              'Ovanför frågorna i tillståndsanalysen (t.ex. Berätta om ditt evenemang). Standard: Berätta om dina planer.',
              'Above the questions of the permit analysis (e.g. Tell us about your event). Default: Tell us about your plans.',
            ),
          }),
          bundleText({
            name: 'analysisIntro',
            isLong: true,
            label: l('Lupa-analyysin johdanto', 'Inledning till analysen', 'Introduction of the analysis'),
            description: l(
              'Lupa-analyysin alussa kuvauksen jälkeen. Oletus: Vastaa kysymyksiin, niin näet, mitä lupia ja ilmoituksia tarvitset, miksi, keneltä ja mihin mennessä. Kirjautumista ei tarvita…',
              'I början av tillståndsanalysen efter beskrivningen. Standard: Svara på frågorna så ser du vilka tillstånd och anmälningar du behöver, varför, av vem och när. Du behöver inte logga in…',
              'At the start of the permit analysis, after the description. Default: Answer the questions to see which permits and notifications you need, why, from whom and by when. No sign-in is needed…',
            ),
          }),
          bundleText({
            name: 'placeQuestion',
            label: l('Kuntakysymys', 'Frågan om kommun', 'Municipality question'),
            description: l(
              'Kysymys, jolla kunta kysytään tässä kokonaisuudessa (se tieto, jonka mukaan luvat ohjataan viranomaisille), esim. Missä kunnassa tilaisuus järjestetään? Vastauksissa ja kuittauksessa näkyy tiedon oma nimi. Oletus: tiedon oma nimi.',
              'Frågan som kommunen ställs med i den här helheten (den uppgift som styr tillstånden till myndigheterna), t.ex. I vilken kommun ordnas evenemanget? Svaren och kvittot visar uppgiftens eget namn. Standard: uppgiftens eget namn.',
              'How this bundle asks for the municipality (the datum that routes the permits to authorities), e.g. In which municipality is the event held? Answers and the receipt show the datum’s own label. Default: the datum’s own label.',
            ),
          }),
          bundleText({
            name: 'deadlineSubject',
            label: l(
              'Mitä ennen luvat jätetään',
              'Vad tillstånden lämnas in före',
              'What the permits are due before',
            ),
            description: l(
              'Jättöajoissa ”vähintään 30 päivää ennen …” ja määräaikasuunnitelmassa; suomeksi partitiivissa, esim. tilaisuutta, avaamista. Oletus: aloitusta (ruotsiksi starten, englanniksi the start).',
              'I inlämningstiderna ”minst 30 dagar före …” och i tidsplanen, i bestämd form, t.ex. evenemanget, öppnandet. Standard: starten.',
              'In the lead times “at least 30 days before …” and the deadline plan, with its article, e.g. the event, the opening. Default: the start.',
            ),
          }),
          bundleText({
            name: 'applicantLabel',
            label: l('Hakijan nimitys', 'Benämning på sökanden', 'Name for the applicant'),
            description: l(
              'Kuittauksessa ja sen PDF:ssä hakemuksen tehneen henkilön tai organisaation kohdalla (esim. Järjestäjä, Toiminnanharjoittaja). Oletus: Hakija.',
              'På kvittot och i dess PDF för personen eller organisationen som ansökte (t.ex. Arrangör, Verksamhetsutövare). Standard: Sökande.',
              'On the receipt and its PDF for the person or organisation who applied (e.g. Organiser, Operator). Default: Applicant.',
            ),
          }),
          bundleText({
            name: 'repeatHeading',
            label: l(
              'Kopiointitarjouksen otsikko',
              'Rubrik för kopieringserbjudandet',
              'Heading of the copy offer',
            ),
            description: l(
              'Kuittauksessa, kun hakemuksen kopiointia tarjotaan (esim. Toistuva tapahtuma?). Oletus: Haetko samaa uudelleen?',
              'På kvittot när kopiering av ansökan erbjuds (t.ex. Ett återkommande evenemang?). Standard: Ansöker du om samma sak igen?',
              'On the receipt when copying the application is offered (e.g. A recurring event?). Default: Applying for the same again?',
            ),
          }),
        ],
      },
    ],
  },
]
