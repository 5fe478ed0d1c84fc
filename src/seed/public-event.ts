/**
 * Demo data content of the "organise a public event" bundle: municipalities, the competent
 * authorities of four municipalities, the once-only data catalogue, the permits and
 * notifications, the analysis rules and a worked example.
 *
 * Pure data: no Payload, no database. The seeder turns this into collection documents
 * (e.g. `guidance` into rich text). Facts follow `docs/domain-public-event.md`; lead times
 * and processing times vary by municipality, so they are demo values meant to be edited.
 */
import type {
  Authority,
  DataElement,
  DataValues,
  JsonLogicRule,
  LocalizedText,
  PermitBundle,
  PermitType,
} from '../domain/types'

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en })

// ---------------------------------------------------------------------------------------
// Municipalities
// ---------------------------------------------------------------------------------------

export type DemoMunicipality = { code: string; name: LocalizedText }

/** Municipalities of the demo, with their Statistics Finland codes. */
export const municipalities: DemoMunicipality[] = [
  { code: '091', name: t('Helsinki', 'Helsingfors', 'Helsinki') },
  { code: '049', name: t('Espoo', 'Esbo', 'Espoo') },
  { code: '092', name: t('Vantaa', 'Vanda', 'Vantaa') },
  { code: '837', name: t('Tampere', 'Tammerfors', 'Tampere') },
]

const HELSINKI = '091'
const ESPOO = '049'
const VANTAA = '092'
const TAMPERE = '837'

// ---------------------------------------------------------------------------------------
// Authorities
// ---------------------------------------------------------------------------------------

export type ConnectionMode = 'integration' | 'simplified'

/** Authority kinds used by the permit types' routing, with their names. */
export const demoAuthorityKinds = [
  { key: 'police', name: t('Poliisi', 'Polisen', 'Police') },
  { key: 'rescue', name: t('Pelastuslaitos', 'Räddningsverket', 'Rescue department') },
  { key: 'environmental-protection', name: t('Ympäristönsuojelu', 'Miljövård', 'Environmental protection') },
  {
    key: 'environmental-health',
    name: t('Ympäristöterveydenhuolto', 'Miljö- och hälsoskydd', 'Environmental health'),
  },
  {
    key: 'city-area-use',
    name: t('Kaupungin alueiden käyttö', 'Användning av stadens områden', 'Use of city areas'),
  },
  { key: 'building-control', name: t('Rakennusvalvonta', 'Byggnadstillsyn', 'Building control') },
  {
    key: 'permit-agency',
    name: t('Lupa- ja valvontavirasto', 'Tillstånds- och tillsynsverket', 'Permit and Supervision Agency'),
  },
] as const satisfies readonly { key: string; name: LocalizedText }[]
export type AuthorityKind = (typeof demoAuthorityKinds)[number]['key']

export type DemoAuthority = Authority & {
  kind: AuthorityKind
  name: LocalizedText
  /** Finnish business ID (Y-tunnus) with a valid check digit. */
  businessId: string
  /** Where the notice of a new case is emailed (no personal data in the body). */
  noticeEmail: string
  connectionMode: ConnectionMode
  /** What customers see to reach it (demo addresses under lupa-demo.example.fi; no phone numbers). */
  contact: { email: string; website: LocalizedText; hours: LocalizedText }
}

/*
 * Business IDs: the cities' own (Helsinki 0201256-6, Espoo 0101263-6, Vantaa 0124610-9,
 * Tampere 0211675-2) are real; municipal services and the Helsinki rescue department act
 * under their city's ID. Wellbeing services county and police IDs are plausible demo values
 * with a valid check digit, as is the new Permit and Supervision Agency's.
 */
const CITY_ID = {
  [HELSINKI]: '0201256-6',
  [ESPOO]: '0101263-6',
  [VANTAA]: '0124610-9',
  [TAMPERE]: '0211675-2',
} as const

const mail = (local: string) => `${local}@lupa-demo.example.fi`

/** The authorities before they join permit types: see {@link demoAuthorities}. */
const authoritiesOfDemo: Omit<DemoAuthority, 'permitTypes' | 'contact'>[] = [
  // Police departments (integration: the police case system receives notifications).
  {
    key: 'police-helsinki',
    kind: 'police',
    municipalities: [HELSINKI],
    name: t('Helsingin poliisilaitos', 'Polisinrättningen i Helsingfors', 'Helsinki Police Department'),
    businessId: '1021789-5',
    noticeEmail: mail('poliisi-helsinki'),
    connectionMode: 'integration',
  },
  {
    key: 'police-lansi-uusimaa',
    kind: 'police',
    municipalities: [ESPOO],
    name: t(
      'Länsi-Uudenmaan poliisilaitos',
      'Polisinrättningen i Västra Nyland',
      'Western Uusimaa Police Department',
    ),
    businessId: '1021791-6',
    noticeEmail: mail('poliisi-lansi-uusimaa'),
    connectionMode: 'integration',
  },
  {
    key: 'police-ita-uusimaa',
    kind: 'police',
    municipalities: [VANTAA],
    name: t(
      'Itä-Uudenmaan poliisilaitos',
      'Polisinrättningen i Östra Nyland',
      'Eastern Uusimaa Police Department',
    ),
    businessId: '1021793-2',
    noticeEmail: mail('poliisi-ita-uusimaa'),
    connectionMode: 'integration',
  },
  {
    key: 'police-sisa-suomi',
    kind: 'police',
    municipalities: [TAMPERE],
    name: t(
      'Sisä-Suomen poliisilaitos',
      'Polisinrättningen i Inre Finland',
      'Central Finland Police Department',
    ),
    businessId: '1021795-9',
    noticeEmail: mail('poliisi-sisa-suomi'),
    connectionMode: 'integration',
  },

  // Rescue departments (wellbeing services counties; Helsinki's is run by the city).
  {
    key: 'rescue-helsinki',
    kind: 'rescue',
    municipalities: [HELSINKI],
    name: t(
      'Helsingin kaupungin pelastuslaitos',
      'Helsingfors stads räddningsverk',
      'City of Helsinki Rescue Department',
    ),
    businessId: CITY_ID[HELSINKI],
    noticeEmail: mail('pelastus-helsinki'),
    connectionMode: 'simplified',
  },
  {
    key: 'rescue-lansi-uusimaa',
    kind: 'rescue',
    municipalities: [ESPOO],
    name: t(
      'Länsi-Uudenmaan hyvinvointialueen pelastuslaitos',
      'Västra Nylands välfärdsområdes räddningsverk',
      'Western Uusimaa Wellbeing Services County Rescue Department',
    ),
    businessId: '3221308-6',
    noticeEmail: mail('pelastus-lansi-uusimaa'),
    connectionMode: 'simplified',
  },
  {
    key: 'rescue-keski-uusimaa',
    kind: 'rescue',
    municipalities: [VANTAA],
    name: t(
      'Keski-Uudenmaan pelastuslaitos',
      'Mellersta Nylands räddningsverk',
      'Central Uusimaa Rescue Department',
    ),
    businessId: '3221319-0',
    noticeEmail: mail('pelastus-keski-uusimaa'),
    connectionMode: 'simplified',
  },
  {
    key: 'rescue-pirkanmaa',
    kind: 'rescue',
    municipalities: [TAMPERE],
    name: t('Pirkanmaan pelastuslaitos', 'Birkalands räddningsverk', 'Pirkanmaa Rescue Department'),
    businessId: '3221341-4',
    noticeEmail: mail('pelastus-pirkanmaa'),
    connectionMode: 'simplified',
  },

  // Municipal environmental protection (noise notifications).
  {
    key: 'environmental-protection-helsinki',
    kind: 'environmental-protection',
    municipalities: [HELSINKI],
    name: t(
      'Helsingin kaupungin ympäristönsuojelu',
      'Helsingfors stads miljöskydd',
      'City of Helsinki Environmental Protection',
    ),
    businessId: CITY_ID[HELSINKI],
    noticeEmail: mail('ymparistonsuojelu-helsinki'),
    connectionMode: 'simplified',
  },
  {
    key: 'environmental-protection-espoo',
    kind: 'environmental-protection',
    municipalities: [ESPOO],
    name: t(
      'Espoon kaupungin ympäristönsuojelu',
      'Esbo stads miljövård',
      'City of Espoo Environmental Protection',
    ),
    businessId: CITY_ID[ESPOO],
    noticeEmail: mail('ymparistonsuojelu-espoo'),
    connectionMode: 'simplified',
  },
  {
    key: 'environmental-protection-vantaa',
    kind: 'environmental-protection',
    municipalities: [VANTAA],
    name: t(
      'Vantaan kaupungin ympäristökeskus, ympäristönsuojelu',
      'Vanda stads miljöcentral, miljöskydd',
      'City of Vantaa Environment Centre, Environmental Protection',
    ),
    businessId: CITY_ID[VANTAA],
    noticeEmail: mail('ymparistonsuojelu-vantaa'),
    connectionMode: 'simplified',
  },
  {
    key: 'environmental-protection-tampere',
    kind: 'environmental-protection',
    municipalities: [TAMPERE],
    name: t(
      'Tampereen kaupungin ympäristönsuojelu',
      'Tammerfors stads miljöskydd',
      'City of Tampere Environmental Protection',
    ),
    businessId: CITY_ID[TAMPERE],
    noticeEmail: mail('ymparistonsuojelu-tampere'),
    connectionMode: 'simplified',
  },

  // Municipal environmental health and food control.
  {
    key: 'environmental-health-helsinki',
    kind: 'environmental-health',
    municipalities: [HELSINKI],
    name: t(
      'Helsingin kaupungin ympäristöterveys ja elintarvikevalvonta',
      'Helsingfors stads miljöhälsa och livsmedelstillsyn',
      'City of Helsinki Environmental Health and Food Control',
    ),
    businessId: CITY_ID[HELSINKI],
    noticeEmail: mail('ymparistoterveys-helsinki'),
    connectionMode: 'simplified',
  },
  {
    key: 'environmental-health-espoo',
    kind: 'environmental-health',
    municipalities: [ESPOO],
    name: t('Espoon seudun ympäristöterveys', 'Esbo regions miljöhälsa', 'Espoo Region Environmental Health'),
    businessId: CITY_ID[ESPOO],
    noticeEmail: mail('ymparistoterveys-espoo'),
    connectionMode: 'simplified',
  },
  {
    // Serves Vantaa and Kerava; only Vantaa is in the demo.
    key: 'environmental-health-vantaa',
    kind: 'environmental-health',
    municipalities: [VANTAA],
    name: t(
      'Vantaan ja Keravan ympäristöterveydenhuolto',
      'Vanda och Kervo miljöhälsovård',
      'Vantaa and Kerava Environmental Health',
    ),
    businessId: CITY_ID[VANTAA],
    noticeEmail: mail('ymparistoterveys-vantaa'),
    connectionMode: 'simplified',
  },
  {
    key: 'environmental-health-tampere',
    kind: 'environmental-health',
    municipalities: [TAMPERE],
    name: t(
      'Tampereen kaupungin ympäristöterveys',
      'Tammerfors stads miljöhälsa',
      'City of Tampere Environmental Health',
    ),
    businessId: CITY_ID[TAMPERE],
    noticeEmail: mail('ymparistoterveys-tampere'),
    connectionMode: 'simplified',
  },

  // The city as the owner of streets, parks and squares.
  {
    key: 'city-area-use-helsinki',
    kind: 'city-area-use',
    municipalities: [HELSINKI],
    name: t(
      'Helsingin kaupunki, alueidenkäyttö ja -valvonta',
      'Helsingfors stad, områdesanvändning och tillsyn',
      'City of Helsinki, Area Use and Supervision',
    ),
    businessId: CITY_ID[HELSINKI],
    noticeEmail: mail('alueidenkaytto-helsinki'),
    connectionMode: 'simplified',
  },
  {
    key: 'city-area-use-espoo',
    kind: 'city-area-use',
    municipalities: [ESPOO],
    name: t(
      'Espoon kaupunki, katujen ja yleisten alueiden käyttöluvat',
      'Esbo stad, tillstånd för användning av gator och allmänna områden',
      'City of Espoo, Permits for the Use of Streets and Public Areas',
    ),
    businessId: CITY_ID[ESPOO],
    noticeEmail: mail('alueidenkaytto-espoo'),
    connectionMode: 'simplified',
  },
  {
    key: 'city-area-use-vantaa',
    kind: 'city-area-use',
    municipalities: [VANTAA],
    name: t(
      'Vantaan kaupunki, katu- ja puistoalueiden luvat',
      'Vanda stad, tillstånd för gatu- och parkområden',
      'City of Vantaa, Street and Park Area Permits',
    ),
    businessId: CITY_ID[VANTAA],
    noticeEmail: mail('alueidenkaytto-vantaa'),
    connectionMode: 'simplified',
  },
  {
    key: 'city-area-use-tampere',
    kind: 'city-area-use',
    municipalities: [TAMPERE],
    name: t(
      'Tampereen kaupunki, yleisten alueiden käyttö',
      'Tammerfors stad, användning av allmänna områden',
      'City of Tampere, Use of Public Areas',
    ),
    businessId: CITY_ID[TAMPERE],
    noticeEmail: mail('alueidenkaytto-tampere'),
    connectionMode: 'simplified',
  },

  // Municipal building control (temporary structures).
  {
    key: 'building-control-helsinki',
    kind: 'building-control',
    municipalities: [HELSINKI],
    name: t(
      'Helsingin kaupungin rakennusvalvontapalvelut',
      'Helsingfors stads byggnadstillsynstjänster',
      'City of Helsinki Building Control Services',
    ),
    businessId: CITY_ID[HELSINKI],
    noticeEmail: mail('rakennusvalvonta-helsinki'),
    connectionMode: 'simplified',
  },
  {
    key: 'building-control-espoo',
    kind: 'building-control',
    municipalities: [ESPOO],
    name: t(
      'Espoon kaupungin rakennusvalvonta',
      'Esbo stads byggnadstillsyn',
      'City of Espoo Building Control',
    ),
    businessId: CITY_ID[ESPOO],
    noticeEmail: mail('rakennusvalvonta-espoo'),
    connectionMode: 'simplified',
  },
  {
    key: 'building-control-vantaa',
    kind: 'building-control',
    municipalities: [VANTAA],
    name: t(
      'Vantaan kaupungin rakennusvalvonta',
      'Vanda stads byggnadstillsyn',
      'City of Vantaa Building Control',
    ),
    businessId: CITY_ID[VANTAA],
    noticeEmail: mail('rakennusvalvonta-vantaa'),
    connectionMode: 'simplified',
  },
  {
    key: 'building-control-tampere',
    kind: 'building-control',
    municipalities: [TAMPERE],
    name: t(
      'Tampereen kaupungin rakennusvalvonta',
      'Tammerfors stads byggnadstillsyn',
      'City of Tampere Building Control',
    ),
    businessId: CITY_ID[TAMPERE],
    noticeEmail: mail('rakennusvalvonta-tampere'),
    connectionMode: 'simplified',
  },

  // The national agency that took over the AVIs' alcohol licensing in 2026.
  {
    key: 'permit-agency',
    kind: 'permit-agency',
    municipalities: [HELSINKI, ESPOO, VANTAA, TAMPERE],
    name: t(
      'Lupa- ja valvontavirasto',
      'Tillstånds- och tillsynsverket',
      'Finnish Permit and Supervision Agency',
    ),
    businessId: '3472016-1',
    noticeEmail: mail('lupavirasto'),
    connectionMode: 'integration',
  },
]

// ---------------------------------------------------------------------------------------
// Bundle steps
// ---------------------------------------------------------------------------------------

const steps: PermitBundle['steps'] = [
  { key: 'organiser', title: t('Järjestäjä', 'Arrangör', 'Organiser') },
  { key: 'event', title: t('Tilaisuus', 'Evenemanget', 'Event') },
  { key: 'place', title: t('Paikka', 'Plats', 'Venue') },
  {
    key: 'safety',
    title: t('Järjestys ja turvallisuus', 'Ordning och säkerhet', 'Order and safety'),
  },
  { key: 'sound', title: t('Äänentoisto ja melu', 'Ljudåtergivning och buller', 'Sound and noise') },
  { key: 'food', title: t('Elintarvikkeet', 'Livsmedel', 'Food') },
  { key: 'alcohol', title: t('Alkoholin anniskelu', 'Servering av alkohol', 'Serving alcohol') },
  {
    key: 'area',
    title: t('Alueen käyttö', 'Användning av området', 'Use of the area'),
  },
  {
    key: 'traffic',
    title: t('Liikennejärjestelyt', 'Trafikarrangemang', 'Traffic arrangements'),
  },
  {
    key: 'fireworks',
    title: t('Ilotulitus ja pyrotekniikka', 'Fyrverkerier och pyroteknik', 'Fireworks and pyrotechnics'),
  },
  {
    key: 'structures',
    title: t('Tilapäiset rakennelmat', 'Tillfälliga konstruktioner', 'Temporary structures'),
  },
]

// ---------------------------------------------------------------------------------------
// Data elements (the once-only catalogue)
// ---------------------------------------------------------------------------------------

const TEXT = 200
const LONG = 4000

export const dataElements: DataElement[] = [
  // --- organiser -----------------------------------------------------------------------
  {
    key: 'organiserName',
    type: 'text',
    step: 'organiser',
    prefill: 'applicant-name',
    order: 10,
    label: t('Järjestäjän nimi', 'Arrangörens namn', 'Name of the organiser'),
    help: t(
      'Yrityksen, yhdistyksen tai yksityishenkilön nimi. Järjestäjä vastaa tilaisuuden järjestyksestä ja turvallisuudesta.',
      'Namnet på företaget, föreningen eller privatpersonen. Arrangören ansvarar för ordningen och säkerheten vid evenemanget.',
      'The name of the company, association or private person. The organiser is responsible for order and safety at the event.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'organiserBusinessId',
    type: 'businessId',
    step: 'organiser',
    prefill: 'organisation-business-id',
    order: 20,
    label: t('Y-tunnus', 'FO-nummer', 'Business ID'),
    help: t(
      'Muodossa 1234567-8. Jos järjestäjä on yksityishenkilö, jätä kenttä tyhjäksi.',
      'I formen 1234567-8. Lämna fältet tomt om arrangören är en privatperson.',
      'In the form 1234567-8. Leave this empty if the organiser is a private person.',
    ),
    maxLength: 9,
  },
  {
    key: 'organiserAddress',
    type: 'text',
    step: 'organiser',
    prefill: 'organisation-street-address',
    order: 30,
    label: t('Lähiosoite', 'Gatuadress', 'Street address'),
    maxLength: TEXT,
  },
  {
    key: 'organiserPostcode',
    type: 'postcode',
    step: 'organiser',
    prefill: 'organisation-postcode',
    order: 40,
    label: t('Postinumero', 'Postnummer', 'Postcode'),
    maxLength: 5,
  },
  {
    key: 'organiserPostOffice',
    type: 'text',
    step: 'organiser',
    prefill: 'organisation-post-office',
    order: 50,
    label: t('Postitoimipaikka', 'Postanstalt', 'Town or city'),
    maxLength: 100,
  },
  {
    key: 'contactName',
    type: 'text',
    step: 'organiser',
    prefill: 'person-name',
    order: 60,
    label: t('Yhteyshenkilön nimi', 'Kontaktpersonens namn', 'Contact person'),
    help: t(
      'Henkilö, johon viranomaiset ovat yhteydessä hakemusta käsitellessään.',
      'Den person som myndigheterna kontaktar när de behandlar ansökan.',
      'The person the authorities will contact while handling the application.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'contactPhone',
    type: 'phone',
    step: 'organiser',
    prefill: 'person-phone',
    order: 70,
    label: t('Yhteyshenkilön puhelinnumero', 'Kontaktpersonens telefonnummer', 'Contact phone number'),
    maxLength: 20,
  },
  {
    key: 'contactEmail',
    type: 'email',
    step: 'organiser',
    prefill: 'person-email',
    order: 80,
    label: t('Yhteyshenkilön sähköposti', 'Kontaktpersonens e-post', 'Contact email'),
    maxLength: 254,
  },

  // --- event ---------------------------------------------------------------------------
  {
    key: 'eventName',
    type: 'text',
    step: 'event',
    order: 10,
    label: t('Tilaisuuden nimi', 'Evenemangets namn', 'Name of the event'),
    maxLength: TEXT,
  },
  {
    key: 'eventDescription',
    type: 'longText',
    step: 'event',
    order: 20,
    label: t('Tilaisuuden kuvaus', 'Beskrivning av evenemanget', 'Description of the event'),
    help: t(
      'Kerro lyhyesti, millainen tilaisuus on, mitä siellä tapahtuu ja kenelle se on tarkoitettu.',
      'Beskriv kort vilket slags evenemang det är, vad som händer där och vem det är avsett för.',
      'Briefly describe the event, what will happen there and who it is for.',
    ),
    maxLength: LONG,
  },
  {
    key: 'isPublicEvent',
    type: 'boolean',
    step: 'event',
    order: 30,
    label: t(
      'Onko tilaisuus avoin yleisölle?',
      'Är evenemanget öppet för allmänheten?',
      'Is the event open to the public?',
    ),
    help: t(
      'Tilaisuus on yleisötilaisuus, jos siihen pääsevät muutkin kuin nimeltä kutsutut vieraat, myös silloin kun siihen myydään lippuja.',
      'Evenemanget är en allmän tillställning om också andra än personligen inbjudna gäster kan delta, även när det säljs biljetter.',
      'An event is public if people other than personally invited guests can attend, including when tickets are sold.',
    ),
  },
  {
    key: 'eventStartDate',
    type: 'date',
    step: 'event',
    order: 40,
    label: t('Alkamispäivä', 'Startdatum', 'Start date'),
  },
  {
    key: 'eventStartTime',
    type: 'time',
    step: 'event',
    order: 50,
    label: t('Alkamisaika', 'Starttid', 'Start time'),
  },
  {
    key: 'eventEndDate',
    type: 'date',
    step: 'event',
    order: 60,
    label: t('Päättymispäivä', 'Slutdatum', 'End date'),
    help: t(
      'Jos tilaisuus kestää yhden päivän, anna sama päivä kuin alkamispäivä.',
      'Om evenemanget pågår en dag anger du samma datum som startdatumet.',
      'For a one-day event, give the same date as the start date.',
    ),
  },
  {
    key: 'eventEndTime',
    type: 'time',
    step: 'event',
    order: 70,
    label: t('Päättymisaika', 'Sluttid', 'End time'),
    help: t(
      'Aika, jolloin yleisö poistuu. Jos tilaisuus jatkuu yli puolenyön, anna kellonaika seuraavan päivän puolelta, esimerkiksi 01.00.',
      'Tiden då publiken lämnar platsen. Om evenemanget fortsätter efter midnatt anger du klockslaget följande dag, till exempel 01.00.',
      'When the audience leaves. If the event goes on past midnight, give the time on the next day, for example 01:00.',
    ),
  },
  {
    key: 'expectedAttendees',
    type: 'integer',
    step: 'event',
    order: 80,
    label: t(
      'Arvioitu enimmäishenkilömäärä samanaikaisesti',
      'Uppskattat största antal personer samtidigt',
      'Estimated maximum number of people at any one time',
    ),
    help: t(
      'Arvioi, kuinka monta ihmistä alueella on enimmillään yhtä aikaa, esiintyjät ja henkilökunta mukaan lukien.',
      'Uppskatta hur många personer som som mest befinner sig på området samtidigt, inklusive artister och personal.',
      'Estimate the largest number of people on site at the same time, performers and staff included.',
    ),
    min: 1,
    max: 1_000_000,
  },

  // --- place ---------------------------------------------------------------------------
  {
    key: 'municipality',
    type: 'select',
    step: 'place',
    order: 10,
    label: t(
      'Missä kunnassa tilaisuus järjestetään?',
      'I vilken kommun ordnas evenemanget?',
      'In which municipality is the event held?',
    ),
    help: t(
      'Kunta ratkaisee, mitkä viranomaiset käsittelevät ilmoitukset ja luvat.',
      'Kommunen avgör vilka myndigheter som behandlar anmälningarna och tillstånden.',
      'The municipality determines which authorities handle the notifications and permits.',
    ),
    options: municipalities.map((m) => ({ value: m.code, label: m.name })),
  },
  {
    key: 'placeType',
    type: 'select',
    step: 'place',
    order: 20,
    label: t(
      'Millaisessa paikassa tilaisuus järjestetään?',
      'På vilken typ av plats ordnas evenemanget?',
      'What kind of place is the event held in?',
    ),
    help: t(
      'Jos tilaisuus on useassa paikassa, valitse se, joka on yleisten alueiden kannalta laajin: katu tai tie ennen puistoa tai toria.',
      'Om evenemanget hålls på flera platser väljer du den som berör allmänna områden mest: gata eller väg före park eller torg.',
      'If the event uses several places, choose the one that affects public areas most: a street or road before a park or square.',
    ),
    options: [
      { value: 'public-road', label: t('Katu tai tie', 'Gata eller väg', 'Street or road') },
      { value: 'park-or-square', label: t('Puisto tai tori', 'Park eller torg', 'Park or square') },
      {
        value: 'private-area',
        label: t(
          'Yksityinen ulkoalue, esimerkiksi piha tai pelto',
          'Privat utomhusområde, till exempel en gård eller åker',
          'Private outdoor area, such as a yard or field',
        ),
      },
      {
        value: 'indoor-venue',
        label: t('Sisätila', 'Inomhuslokal', 'Indoor venue'),
      },
    ],
  },
  {
    key: 'eventAddress',
    type: 'text',
    step: 'place',
    order: 30,
    label: t(
      'Tilaisuuden osoite tai paikka',
      'Evenemangets adress eller plats',
      'Address or location of the event',
    ),
    help: t(
      'Katuosoite tai paikan nimi, esimerkiksi puiston nimi ja sen osa. Liitä tarvittaessa karttaliite.',
      'Gatuadress eller platsens namn, till exempel parkens namn och del. Bifoga vid behov en karta.',
      'A street address or the name of the place, such as the park and the part of it. Attach a map if needed.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'siteMap',
    type: 'attachment',
    step: 'place',
    order: 40,
    label: t(
      'Kartta tai asemapiirros tapahtuma-alueesta',
      'Karta eller situationsplan över evenemangsområdet',
      'Map or site plan of the event area',
    ),
    help: t(
      'Merkitse alueen rajat, lavat ja teltat, poistumistiet sekä pelastusajoneuvojen reitti. Liite välitetään jokaiselle viranomaiselle, joka sitä tarvitsee.',
      'Markera områdets gränser, scener och tält, utrymningsvägar och räddningsfordonens väg. Bilagan skickas till varje myndighet som behöver den.',
      'Mark the boundaries of the area, stages and tents, exits and the route for rescue vehicles. The attachment goes to every authority that needs it.',
    ),
  },

  // --- safety --------------------------------------------------------------------------
  {
    key: 'securityGuards',
    type: 'boolean',
    step: 'safety',
    order: 10,
    label: t(
      'Käytetäänkö tilaisuudessa järjestyksenvalvojia tai liikenteenohjaajia?',
      'Används ordningsvakter eller trafikdirigenter vid evenemanget?',
      'Will security stewards or traffic controllers be used at the event?',
    ),
    help: t(
      'Järjestyksenvalvojien on oltava poliisin hyväksymiä ja heillä on oltava voimassa oleva järjestyksenvalvojakortti.',
      'Ordningsvakterna ska vara godkända av polisen och ha ett giltigt ordningsvaktskort.',
      'Security stewards must be approved by the police and hold a valid security steward card.',
    ),
  },
  {
    key: 'securityGuardCount',
    type: 'integer',
    step: 'safety',
    order: 20,
    label: t('Järjestyksenvalvojien määrä', 'Antal ordningsvakter', 'Number of security stewards'),
    help: t(
      'Suurin samanaikaisesti työssä oleva määrä. Poliisi voi edellyttää lisää järjestyksenvalvojia.',
      'Det största antalet i tjänst samtidigt. Polisen kan kräva fler ordningsvakter.',
      'The largest number on duty at the same time. The police may require more stewards.',
    ),
    min: 0,
    max: 2000,
  },
  {
    key: 'safetyManagerName',
    type: 'text',
    step: 'safety',
    order: 30,
    label: t(
      'Turvallisuudesta vastaavan henkilön nimi',
      'Namn på den säkerhetsansvariga',
      'Person responsible for safety',
    ),
    help: t(
      'Henkilö, joka on tilaisuuden aikana paikalla ja vastaa järjestyksestä ja turvallisuudesta.',
      'Den person som är på plats under evenemanget och ansvarar för ordning och säkerhet.',
      'The person who is on site during the event and in charge of order and safety.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'safetyManagerPhone',
    type: 'phone',
    step: 'safety',
    order: 40,
    label: t(
      'Turvallisuudesta vastaavan puhelinnumero',
      'Den säkerhetsansvarigas telefonnummer',
      'Phone number of the person responsible for safety',
    ),
    help: t(
      'Numero, josta hänet tavoittaa koko tilaisuuden ajan.',
      'Ett nummer där personen kan nås under hela evenemanget.',
      'A number on which they can be reached throughout the event.',
    ),
    maxLength: 20,
  },
  {
    key: 'securityPlanSummary',
    type: 'longText',
    step: 'safety',
    order: 50,
    label: t('Järjestyksenvalvontasuunnitelma', 'Plan för ordningsövervakning', 'Security plan'),
    help: t(
      'Kuvaa, miten järjestys ja turvallisuus hoidetaan: järjestyksenvalvojien sijoittelu, kulunvalvonta, alkoholin ja päihteiden valvonta sekä toiminta häiriötilanteissa.',
      'Beskriv hur ordning och säkerhet ordnas: ordningsvakternas placering, passerkontroll, övervakning av alkohol och rusmedel samt åtgärder vid störningar.',
      'Describe how order and safety are kept: where stewards are posted, access control, supervision of alcohol and intoxicants, and what is done if trouble occurs.',
    ),
    maxLength: LONG,
  },
  {
    key: 'emergencyExits',
    type: 'longText',
    step: 'safety',
    order: 60,
    label: t('Poistumistiet', 'Utrymningsvägar', 'Emergency exits'),
    help: t(
      'Poistumisteiden määrä, leveys ja merkintä sekä pelastusajoneuvojen reitit alueelle. Merkitse ne myös alueen karttaan.',
      'Antal, bredd och märkning av utrymningsvägarna samt räddningsfordonens vägar till området. Märk ut dem också på kartan över området.',
      'The number, width and signage of exits and the access routes for emergency vehicles. Also mark them on the site map.',
    ),
    maxLength: LONG,
  },
  {
    key: 'fireRisks',
    type: 'longText',
    step: 'safety',
    order: 70,
    label: t('Tulipalo- ja onnettomuusriskit', 'Brand- och olycksrisker', 'Fire and accident risks'),
    help: t(
      'Esimerkiksi avotuli, kaasu- ja nestekaasulaitteet, aggregaatit, sähköistykset, ruuhkautuminen ja sää. Kerro, miten riskit hallitaan ja mitä alkusammutuskalustoa alueella on.',
      'Till exempel öppen eld, gas- och gasolanordningar, aggregat, elinstallationer, trängsel och väder. Berätta hur riskerna hanteras och vilken första släckutrustning som finns på området.',
      'For example open fire, gas and LPG appliances, generators, electrical installations, crowding and weather. Explain how the risks are managed and what first-aid firefighting equipment is on site.',
    ),
    maxLength: LONG,
  },
  {
    key: 'firstAidReadiness',
    type: 'longText',
    step: 'safety',
    order: 80,
    label: t('Ensiapuvalmius', 'Första hjälpen-beredskap', 'First-aid readiness'),
    help: t(
      'Ensiapuhenkilöstön määrä ja koulutus, ensiapupisteen sijainti ja varustus sekä miten hätäkeskukseen ilmoitetaan.',
      'Antal första hjälpen-personer och deras utbildning, var första hjälpen-stationen finns och hur den är utrustad samt hur nödcentralen larmas.',
      'The number and training of first-aid staff, where the first-aid point is and how it is equipped, and how the emergency centre is alerted.',
    ),
    maxLength: LONG,
  },
  {
    key: 'securityPlanDocument',
    type: 'attachment',
    step: 'safety',
    order: 90,
    label: t('Turvallisuussuunnitelma', 'Säkerhetsplan', 'Security plan'),
    help: t(
      'Tilaisuuden turvallisuussuunnitelma tiedostona, jos se on laadittu. Se välitetään poliisille ja pelastuslaitokselle.',
      'Evenemangets säkerhetsplan som fil, om en sådan har gjorts. Den skickas till polisen och räddningsverket.',
      'The event’s security plan as a file, if one has been drawn up. It goes to the police and the rescue department.',
    ),
  },

  // --- sound ---------------------------------------------------------------------------
  {
    key: 'amplifiedSound',
    type: 'boolean',
    step: 'sound',
    order: 10,
    label: t(
      'Käytetäänkö tilaisuudessa vahvistettua äänentoistoa?',
      'Används förstärkt ljud vid evenemanget?',
      'Will amplified sound be used at the event?',
    ),
    help: t(
      'Esimerkiksi bändit, DJ tai kuulutukset kaiuttimista.',
      'Till exempel band, DJ eller utrop i högtalare.',
      'For example bands, a DJ or announcements over loudspeakers.',
    ),
  },
  {
    key: 'soundStartTime',
    type: 'time',
    step: 'sound',
    order: 20,
    label: t('Äänentoisto alkaa', 'Ljudåtergivningen börjar', 'Amplified sound starts'),
    help: t(
      'Myös äänitarkistukset ovat äänentoistoa.',
      'Även soundcheck räknas som ljudåtergivning.',
      'Sound checks count as amplified sound too.',
    ),
  },
  {
    key: 'soundEndTime',
    type: 'time',
    step: 'sound',
    order: 30,
    label: t(
      'Mihin aikaan vahvistettu äänentoisto päättyy?',
      'När slutar den förstärkta ljudåtergivningen?',
      'When does the amplified sound end?',
    ),
    help: t(
      'Jos äänentoisto jatkuu yli puolenyön, anna kellonaika seuraavan päivän puolelta, esimerkiksi 01.00.',
      'Om ljudåtergivningen fortsätter efter midnatt anger du klockslaget följande dag, till exempel 01.00.',
      'If the sound goes on past midnight, give the time on the next day, for example 01:00.',
    ),
  },
  {
    key: 'soundSources',
    type: 'longText',
    step: 'sound',
    order: 40,
    label: t('Melulähteet', 'Bullerkällor', 'Sources of noise'),
    help: t(
      'Esimerkiksi esiintymislavat, kaiuttimet, aggregaatit ja niiden käyttöajat.',
      'Till exempel scener, högtalare, aggregat och när de används.',
      'For example stages, loudspeakers and generators, and when they are used.',
    ),
    maxLength: LONG,
  },
  {
    key: 'loudspeakerDirection',
    type: 'text',
    step: 'sound',
    order: 50,
    label: t('Kaiuttimien suuntaus', 'Högtalarnas riktning', 'Direction of the loudspeakers'),
    help: t(
      'Mihin suuntaan kaiuttimet osoittavat, esimerkiksi "lavalta etelään, merelle päin, poispäin asuinrakennuksista".',
      'Åt vilket håll högtalarna är riktade, till exempel "från scenen söderut mot havet, bort från bostadshusen".',
      'Which way the loudspeakers point, for example "from the stage southwards, towards the sea and away from homes".',
    ),
    maxLength: TEXT,
  },
  {
    key: 'soundLevelDb',
    type: 'integer',
    step: 'sound',
    order: 60,
    label: t(
      'Arvioitu äänitaso miksauspöydän kohdalla (dB, LAeq)',
      'Uppskattad ljudnivå vid mixerbordet (dB, LAeq)',
      'Estimated sound level at the mixing desk (dB LAeq)',
    ),
    help: t(
      'Keskiäänitaso 15 minuutin ajalta. Yleisön kuulon suojaamiseksi suositus on enintään 100 dB.',
      'Medelljudnivå under 15 minuter. För att skydda publikens hörsel rekommenderas högst 100 dB.',
      'The average level over 15 minutes. To protect the audience’s hearing, at most 100 dB is recommended.',
    ),
    min: 40,
    max: 130,
  },
  {
    key: 'neighboursInformed',
    type: 'boolean',
    step: 'sound',
    order: 70,
    label: t(
      'Tiedotetaanko tilaisuudesta lähialueen asukkaille?',
      'Informeras de närboende om evenemanget?',
      'Will nearby residents be informed about the event?',
    ),
    help: t(
      'Asukkaille tiedotetaan yleensä tiedotteella porraskäytävissä tai postilaatikoissa viimeistään viikkoa ennen tilaisuutta.',
      'De boende informeras vanligen med ett meddelande i trapphusen eller postlådorna senast en vecka före evenemanget.',
      'Residents are usually informed by a notice in stairwells or letterboxes at least a week before the event.',
    ),
  },

  // --- food ----------------------------------------------------------------------------
  {
    key: 'foodSold',
    type: 'select',
    step: 'food',
    order: 10,
    label: t(
      'Myydäänkö tai tarjoillaanko tilaisuudessa ruokaa?',
      'Säljs eller serveras mat vid evenemanget?',
      'Will food be sold or served at the event?',
    ),
    options: [
      { value: 'none', label: t('Ei', 'Nej', 'No') },
      {
        value: 'organiser-or-club',
        label: t(
          'Kyllä, järjestäjä tai yhdistys myy satunnaisesti, esimerkiksi kahvio tai grilli',
          'Ja, arrangören eller en förening säljer tillfälligt, till exempel kafé eller grill',
          'Yes, the organiser or a club sells occasionally, such as a café or grill',
        ),
      },
      {
        value: 'professional-vendors',
        label: t(
          'Kyllä, ammattimaiset elintarvikemyyjät, esimerkiksi ruokarekat',
          'Ja, yrkesmässiga livsmedelsförsäljare, till exempel matbilar',
          'Yes, professional food vendors such as food trucks',
        ),
      },
    ],
  },
  {
    key: 'foodVendorCount',
    type: 'integer',
    step: 'food',
    order: 20,
    label: t('Elintarvikemyyjien määrä', 'Antal livsmedelsförsäljare', 'Number of food vendors'),
    min: 0,
    max: 500,
  },
  {
    key: 'foodVendorList',
    type: 'longText',
    step: 'food',
    order: 30,
    label: t('Elintarvikemyyjät', 'Livsmedelsförsäljare', 'Food vendors'),
    help: t(
      'Kunkin myyjän nimi, Y-tunnus, yhteyshenkilö ja myytävät tuotteet. Myyjät tekevät lisäksi oman ilmoituksensa vähintään neljä arkipäivää ennen tilaisuutta.',
      'Varje försäljares namn, FO-nummer, kontaktperson och produkter. Försäljarna gör dessutom en egen anmälan senast fyra vardagar före evenemanget.',
      'Each vendor’s name, business ID, contact person and products. Vendors also file their own notice at least four working days before the event.',
    ),
    maxLength: LONG,
  },
  {
    key: 'waterSupply',
    type: 'text',
    step: 'food',
    order: 40,
    label: t('Talousveden saanti', 'Tillgång till hushållsvatten', 'Drinking water supply'),
    help: t(
      'Mistä myyntipisteet ja yleisö saavat juomakelpoista vettä, esimerkiksi vesijohtoverkosta tai vesisäiliöistä.',
      'Varifrån försäljningsställena och publiken får dricksvatten, till exempel från vattenledningsnätet eller vattentankar.',
      'Where the stalls and the audience get drinking water, for example from the mains or from water tanks.',
    ),
    maxLength: 500,
  },
  {
    key: 'toiletCount',
    type: 'integer',
    step: 'food',
    order: 50,
    label: t('Yleisökäymälöiden määrä', 'Antal toaletter för publiken', 'Number of toilets for the public'),
    help: t(
      'Sisällytä esteettömät käymälät ja käsienpesupisteet. Suuntaa-antava mitoitus on yksi käymälä 100–150 henkeä kohden.',
      'Inkludera tillgängliga toaletter och handtvättsställen. Riktgivande dimensionering är en toalett per 100–150 personer.',
      'Include accessible toilets and hand-washing points. As a rule of thumb, plan one toilet per 100–150 people.',
    ),
    min: 0,
    max: 5000,
  },
  {
    key: 'wasteManagement',
    type: 'longText',
    step: 'food',
    order: 60,
    label: t('Jätehuolto ja siivous', 'Avfallshantering och städning', 'Waste management and cleaning'),
    help: t(
      'Jäteastiat ja lajittelu, tyhjennys tilaisuuden aikana sekä alueen siivous tilaisuuden jälkeen.',
      'Avfallskärl och sortering, tömning under evenemanget samt städning av området efteråt.',
      'Bins and sorting, emptying during the event and cleaning the site afterwards.',
    ),
    maxLength: LONG,
  },

  // --- alcohol -------------------------------------------------------------------------
  {
    key: 'alcoholServed',
    type: 'boolean',
    step: 'alcohol',
    order: 10,
    label: t(
      'Anniskellaanko tilaisuudessa alkoholijuomia?',
      'Serveras alkoholdrycker vid evenemanget?',
      'Will alcoholic drinks be served at the event?',
    ),
    help: t(
      'Alkoholijuomia ovat juomat, joissa on yli 2,8 tilavuusprosenttia alkoholia, esimerkiksi olut ja siideri.',
      'Alkoholdrycker är drycker som innehåller mer än 2,8 volymprocent alkohol, till exempel öl och cider.',
      'Alcoholic drinks are those containing more than 2.8 % alcohol by volume, such as beer and cider.',
    ),
  },
  {
    key: 'servingAreaDescription',
    type: 'longText',
    step: 'alcohol',
    order: 20,
    label: t('Anniskelualue', 'Serveringsområde', 'Serving area'),
    help: t(
      'Anniskelualueen sijainti, koko ja rajaus sekä miten alueelta poistuminen juoman kanssa estetään. Liitä alueen piirros.',
      'Serveringsområdets läge, storlek och avgränsning samt hur man förhindrar att någon lämnar området med dryck. Bifoga en ritning.',
      'Where the serving area is, its size and boundaries, and how people are stopped from leaving it with drinks. Attach a drawing.',
    ),
    maxLength: LONG,
  },
  {
    key: 'servingAreaCapacity',
    type: 'integer',
    step: 'alcohol',
    order: 30,
    label: t(
      'Anniskelualueen asiakaspaikkamäärä',
      'Serveringsområdets kundplatsantal',
      'Customer capacity of the serving area',
    ),
    min: 1,
    max: 100_000,
  },
  {
    key: 'servingStartTime',
    type: 'time',
    step: 'alcohol',
    order: 40,
    label: t('Anniskelu alkaa', 'Serveringen börjar', 'Serving starts'),
    help: t(
      'Anniskelu voi alkaa aikaisintaan kello 9.',
      'Serveringen kan börja tidigast klockan 9.',
      'Serving may start at 9:00 at the earliest.',
    ),
  },
  {
    key: 'servingEndTime',
    type: 'time',
    step: 'alcohol',
    order: 50,
    label: t('Anniskelu päättyy', 'Serveringen slutar', 'Serving ends'),
    help: t(
      'Anniskelu päättyy tavallisesti viimeistään kello 1. Anniskeluaikaa voi pidentää erillisellä ilmoituksella.',
      'Serveringen slutar i regel senast klockan 1. Serveringstiden kan förlängas genom en separat anmälan.',
      'Serving normally ends by 1:00 at the latest. The serving hours can be extended by a separate notification.',
    ),
  },
  {
    key: 'responsibleManagerName',
    type: 'text',
    step: 'alcohol',
    order: 60,
    label: t('Vastaavan hoitajan nimi', 'Ansvarig föreståndares namn', 'Name of the responsible manager'),
    help: t(
      'Anniskelusta vastaavalla henkilöllä on oltava anniskelupassi tai ravintola-alan tutkinto.',
      'Den som ansvarar för serveringen ska ha serveringspass eller en examen inom restaurangbranschen.',
      'The person in charge of serving must hold an alcohol passport or a restaurant-sector qualification.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'responsibleManagerPhone',
    type: 'phone',
    step: 'alcohol',
    order: 70,
    label: t(
      'Vastaavan hoitajan puhelinnumero',
      'Ansvarig föreståndares telefonnummer',
      'Phone number of the responsible manager',
    ),
    maxLength: 20,
  },
  {
    key: 'ownControlPlanSummary',
    type: 'longText',
    step: 'alcohol',
    order: 80,
    label: t(
      'Anniskelun omavalvontasuunnitelma',
      'Plan för egenkontroll av serveringen',
      'Own-control plan for serving alcohol',
    ),
    help: t(
      'Miten varmistetaan, ettei alkoholia anniskella alaikäisille tai selvästi päihtyneille, sekä miten järjestys anniskelualueella pidetään.',
      'Hur man säkerställer att alkohol inte serveras till minderåriga eller märkbart berusade personer och hur ordningen på serveringsområdet upprätthålls.',
      'How you make sure alcohol is not served to minors or visibly intoxicated people, and how order is kept in the serving area.',
    ),
    maxLength: LONG,
  },
  {
    key: 'servingAreaDrawing',
    type: 'attachment',
    step: 'alcohol',
    order: 90,
    label: t('Anniskelualueen piirros', 'Ritning över serveringsområdet', 'Drawing of the serving area'),
    help: t(
      'Piirros, josta näkyvät anniskelualueen rajat, sisään- ja uloskäynnit sekä valvontapisteet.',
      'En ritning som visar serveringsområdets gränser, in- och utgångar och bevakningspunkter.',
      'A drawing showing the boundaries of the serving area, its entrances and exits and the supervision points.',
    ),
  },

  // --- area ----------------------------------------------------------------------------
  {
    key: 'areaSizeM2',
    type: 'integer',
    step: 'area',
    order: 10,
    label: t(
      'Käytettävän alueen pinta-ala (m²)',
      'Det använda områdets yta (m²)',
      'Size of the area used (m²)',
    ),
    help: t(
      'Koko aidattu tai muuten käytössä oleva alue rakennelmineen. Liitä karttaan rajattu alue.',
      'Hela det inhägnade eller på annat sätt använda området med konstruktioner. Bifoga en karta där området är avgränsat.',
      'The whole fenced or otherwise occupied area, including structures. Attach a map with the area marked.',
    ),
    min: 1,
    max: 10_000_000,
  },
  {
    key: 'buildUpDate',
    type: 'date',
    step: 'area',
    order: 20,
    label: t('Rakentaminen alkaa', 'Uppbyggnaden börjar', 'Build-up starts'),
  },
  {
    key: 'tearDownDate',
    type: 'date',
    step: 'area',
    order: 30,
    label: t('Purku päättyy', 'Nedmonteringen är klar', 'Tear-down ends'),
    help: t(
      'Päivä, jona alue on purettu, siivottu ja palautettu alkuperäiseen kuntoon.',
      'Den dag då området är nedmonterat, städat och återställt.',
      'The day the area has been cleared, cleaned and restored to its original condition.',
    ),
  },
  {
    key: 'entryFee',
    type: 'boolean',
    step: 'area',
    order: 40,
    label: t('Peritäänkö pääsymaksu?', 'Tas inträdesavgift ut?', 'Is there an entry fee?'),
  },

  // --- traffic -------------------------------------------------------------------------
  {
    key: 'streetsClosed',
    type: 'boolean',
    step: 'traffic',
    order: 10,
    label: t(
      'Suljetaanko katuja tai teitä tai muutetaanko liikennejärjestelyjä?',
      'Stängs gator eller vägar av eller ändras trafikarrangemangen?',
      'Will streets or roads be closed or traffic arrangements changed?',
    ),
    help: t(
      'Myös pysäköintikiellot, joukkoliikenteen pysäkkien siirrot ja tilapäiset liikennemerkit.',
      'Också parkeringsförbud, flyttade hållplatser för kollektivtrafiken och tillfälliga trafikmärken.',
      'Including parking bans, moved public transport stops and temporary traffic signs.',
    ),
  },
  {
    key: 'closedStreets',
    type: 'longText',
    step: 'traffic',
    order: 20,
    label: t(
      'Suljettavat kadut ja sulkuajat',
      'Gator som stängs av och tider',
      'Streets to be closed and when',
    ),
    maxLength: LONG,
  },
  {
    key: 'diversions',
    type: 'longText',
    step: 'traffic',
    order: 30,
    label: t('Kiertotiet', 'Omledningar', 'Diversions'),
    help: t(
      'Miten ajoneuvo-, pyörä- ja jalankulkuliikenne sekä joukkoliikenne ohjataan ja miten pelastusajoneuvot pääsevät perille.',
      'Hur fordons-, cykel- och gångtrafiken samt kollektivtrafiken leds om och hur räddningsfordon kommer fram.',
      'How motor, cycle, pedestrian and public transport traffic is diverted, and how emergency vehicles get through.',
    ),
    maxLength: LONG,
  },
  {
    key: 'trafficSignsPlan',
    type: 'longText',
    step: 'traffic',
    order: 40,
    label: t('Liikennemerkkisuunnitelma', 'Plan för trafikmärken', 'Traffic signs plan'),
    help: t(
      'Tilapäiset liikennemerkit ja -laitteet, niiden sijainti ja kuka ne asentaa. Liitä liikenteenohjaussuunnitelman piirustus.',
      'Tillfälliga trafikmärken och -anordningar, var de placeras och vem som sätter upp dem. Bifoga ritningen över trafikstyrningsplanen.',
      'Temporary traffic signs and devices, where they go and who puts them up. Attach the traffic control plan drawing.',
    ),
    maxLength: LONG,
  },
  {
    key: 'trafficControllerCount',
    type: 'integer',
    step: 'traffic',
    order: 50,
    label: t('Liikenteenohjaajien määrä', 'Antal trafikdirigenter', 'Number of traffic controllers'),
    min: 0,
    max: 500,
  },
  {
    key: 'trafficControlPlanDrawing',
    type: 'attachment',
    step: 'traffic',
    order: 60,
    label: t(
      'Liikenteenohjaussuunnitelman piirustus',
      'Ritning till trafikstyrningsplanen',
      'Traffic control plan drawing',
    ),
    help: t(
      'Piirustus suljettavista kaduista, kiertoteistä ja liikennemerkeistä. Se välitetään kaupungille ja poliisille.',
      'En ritning över gator som stängs av, omvägar och trafikmärken. Den skickas till staden och polisen.',
      'A drawing of the closed streets, diversions and traffic signs. It goes to the city and the police.',
    ),
  },

  // --- fireworks -----------------------------------------------------------------------
  {
    key: 'fireworksOrPyrotechnics',
    type: 'boolean',
    step: 'fireworks',
    order: 10,
    label: t(
      'Onko tilaisuudessa ilotulitus, pyroteknisiä tehosteita tai avotulta?',
      'Förekommer fyrverkerier, pyrotekniska effekter eller öppen eld vid evenemanget?',
      'Will there be fireworks, pyrotechnic effects or open fire at the event?',
    ),
  },
  {
    key: 'fireworksDate',
    type: 'date',
    step: 'fireworks',
    order: 20,
    label: t('Ilotulituksen päivä', 'Fyrverkeriets datum', 'Date of the fireworks'),
  },
  {
    key: 'fireworksTime',
    type: 'time',
    step: 'fireworks',
    order: 30,
    label: t('Ilotulituksen alkamisaika', 'Fyrverkeriets starttid', 'Start time of the fireworks'),
  },
  {
    key: 'fireworksQuantityKg',
    type: 'number',
    step: 'fireworks',
    order: 40,
    label: t(
      'Ilotulitteiden määrä (räjähdysainetta, kg)',
      'Mängd fyrverkeripjäser (explosivämne, kg)',
      'Quantity of fireworks (net explosive content, kg)',
    ),
    help: t(
      'Ilotulitteiden yhteenlaskettu nettoräjähdysainemäärä.',
      'Den sammanlagda nettomängden explosivämne i pjäserna.',
      'The combined net explosive content of the articles.',
    ),
    min: 0,
    max: 10_000,
  },
  {
    key: 'fireworksLaunchSite',
    type: 'text',
    step: 'fireworks',
    order: 50,
    label: t('Ampumapaikka', 'Avfyrningsplats', 'Launch site'),
    help: t(
      'Ampumapaikan sijainti ja suojaetäisyys yleisöön. Merkitse ne myös alueen karttaan.',
      'Avfyrningsplatsens läge och skyddsavståndet till publiken. Märk ut dem också på kartan.',
      'Where the launch site is and the safety distance to the audience. Also mark them on the site map.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'pyrotechnicianName',
    type: 'text',
    step: 'fireworks',
    order: 60,
    label: t('Vastaavan ilotulittajan nimi', 'Ansvarig pyrotekniker', 'Responsible pyrotechnician'),
    help: t(
      'Ilotulitusnäytöksen vastaavalla henkilöllä on oltava ilotulitteiden käyttöön vaadittava pätevyys.',
      'Den som ansvarar för fyrverkeriuppvisningen ska ha den behörighet som krävs för att använda fyrverkeripjäser.',
      'The person in charge of the display must hold the qualification required to use display fireworks.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'pyrotechnicianPhone',
    type: 'phone',
    step: 'fireworks',
    order: 70,
    label: t(
      'Vastaavan ilotulittajan puhelinnumero',
      'Ansvarig pyroteknikers telefonnummer',
      'Phone number of the responsible pyrotechnician',
    ),
    maxLength: 20,
  },

  // --- structures ----------------------------------------------------------------------
  {
    key: 'temporaryStructures',
    type: 'boolean',
    step: 'structures',
    order: 10,
    label: t(
      'Rakennetaanko tilaisuuteen esiintymislavoja, katsomoita tai suuria telttoja?',
      'Byggs scener, läktare eller stora tält för evenemanget?',
      'Will stages, stands or large tents be built for the event?',
    ),
    help: t(
      'Rakennusvalvonta kertoo, minkä kokoiset rakennelmat tarvitsevat luvan. Pienet myyntikojut ja katokset eivät yleensä tarvitse.',
      'Byggnadstillsynen berättar hur stora konstruktioner som kräver tillstånd. Små försäljningsstånd och tak kräver det i regel inte.',
      'Building control will tell you which sizes of structure need a permit. Small stalls and canopies usually do not.',
    ),
  },
  {
    key: 'structureTypes',
    type: 'multiSelect',
    step: 'structures',
    order: 20,
    label: t('Rakennelmat', 'Konstruktioner', 'Structures'),
    options: [
      { value: 'stage', label: t('Esiintymislava', 'Scen', 'Stage') },
      { value: 'stand', label: t('Katsomo', 'Läktare', 'Stand') },
      { value: 'tent', label: t('Teltta', 'Tält', 'Tent') },
      {
        value: 'tower',
        label: t('Valo- tai äänitorni', 'Ljus- eller ljudtorn', 'Lighting or sound tower'),
      },
      { value: 'other', label: t('Muu rakennelma', 'Annan konstruktion', 'Other structure') },
    ],
  },
  {
    key: 'structureMaxHeightM',
    type: 'number',
    step: 'structures',
    order: 30,
    label: t(
      'Korkeimman rakennelman korkeus (m)',
      'Höjden på den högsta konstruktionen (m)',
      'Height of the tallest structure (m)',
    ),
    min: 0,
    max: 100,
  },
  {
    key: 'structureDescription',
    type: 'longText',
    step: 'structures',
    order: 40,
    label: t('Rakennelmien kuvaus', 'Beskrivning av konstruktionerna', 'Description of the structures'),
    help: t(
      'Rakennelmien koko, valmistaja tai toimittaja, kiinnitys ja tuulikuormat sekä kuka ne tarkastaa ennen tilaisuutta.',
      'Konstruktionernas storlek, tillverkare eller leverantör, förankring och vindlaster samt vem som besiktar dem före evenemanget.',
      'Size, manufacturer or supplier, anchoring and wind loads of the structures, and who inspects them before the event.',
    ),
    maxLength: LONG,
  },
  {
    key: 'structureDrawings',
    type: 'attachment',
    step: 'structures',
    order: 50,
    label: t(
      'Rakennelmien piirustukset ja lujuustiedot',
      'Ritningar och hållfasthetsuppgifter för konstruktionerna',
      'Drawings and load-bearing details of the structures',
    ),
    help: t(
      'Lavojen, katsomoiden ja telttojen piirustukset sekä tiedot kantavuudesta ja kiinnityksestä.',
      'Ritningar över scener, läktare och tält samt uppgifter om bärförmåga och förankring.',
      'Drawings of the stages, stands and tents with details of their load-bearing capacity and anchoring.',
    ),
  },
]

// ---------------------------------------------------------------------------------------
// Permit types
// ---------------------------------------------------------------------------------------

export type DemoPermitType = PermitType & {
  authorityKind: AuthorityKind
  /** Plain multi-sentence guidance per locale; the seeder turns it into rich text. */
  guidance: LocalizedText
  legalBasis: string
  processingDays: number
}

type ElementRef = PermitType['elements'][number]
const req = (...keys: string[]): ElementRef[] => keys.map((key) => ({ key, isRequired: true }))
const opt = (...keys: string[]): ElementRef[] => keys.map((key) => ({ key, isRequired: false }))

/** Organiser, contact person, event, place and time: asked once, sent to every permit. */
const sharedElements: ElementRef[] = [
  ...req('organiserName'),
  ...opt('organiserBusinessId'),
  ...req(
    'organiserAddress',
    'organiserPostcode',
    'organiserPostOffice',
    'contactName',
    'contactPhone',
    'contactEmail',
    'eventName',
    'eventDescription',
    'municipality',
    'placeType',
    'eventAddress',
    'eventStartDate',
    'eventStartTime',
    'eventEndDate',
    'eventEndTime',
    'expectedAttendees',
  ),
]

const byMunicipality = (authorityKind: AuthorityKind): PermitType['routing'] => ({
  kind: 'by-municipality',
  authorityKind,
  municipalityElement: 'municipality',
})

const permit = (
  p: Omit<DemoPermitType, 'routing' | 'elements'> & { elements: ElementRef[] },
): DemoPermitType => ({ ...p, routing: byMunicipality(p.authorityKind) })

export const permitTypes: DemoPermitType[] = [
  permit({
    key: 'police-public-event-notification',
    name: t(
      'Yleisötilaisuusilmoitus poliisille',
      'Anmälan om allmän tillställning till polisen',
      'Public event notification to the police',
    ),
    authorityKind: 'police',
    elements: [
      ...sharedElements,
      ...req(
        'isPublicEvent',
        'securityGuards',
        'safetyManagerName',
        'safetyManagerPhone',
        'securityPlanSummary',
      ),
      ...opt(
        'securityGuardCount',
        'alcoholServed',
        'streetsClosed',
        'closedStreets',
        'fireworksOrPyrotechnics',
        'siteMap',
        'securityPlanDocument',
        'trafficControlPlanDrawing',
      ),
    ],
    leadTime: { amount: 5, unit: 'calendar-days' },
    processingDays: 3,
    legalBasis: 'Kokoontumislaki (530/1999) 14 §',
    guidance: t(
      'Yleisötilaisuudesta on ilmoitettava paikalliselle poliisille viimeistään viisi vuorokautta ennen tilaisuuden alkua, jos tilaisuus edellyttää järjestyksen tai turvallisuuden ylläpitämiseksi tai liikenteen vuoksi erityisiä toimia. Liitä ilmoitukseen järjestyksenvalvontasuunnitelma ja tarvittaessa pelastussuunnitelma sekä liikennejärjestelyjen suunnitelma. Poliisi ei myönnä lupaa vaan voi antaa määräyksiä järjestyksen ja turvallisuuden varmistamiseksi, esimerkiksi järjestyksenvalvojien määrästä. Ilmoitus on maksuton.',
      'En allmän tillställning ska anmälas till den lokala polisen senast fem dygn innan den börjar, om tillställningen kräver särskilda åtgärder för att upprätthålla ordning och säkerhet eller på grund av trafiken. Bifoga planen för ordningsövervakning och vid behov räddningsplanen och planen för trafikarrangemangen. Polisen beviljar inget tillstånd men kan ge föreskrifter för att trygga ordning och säkerhet, till exempel om antalet ordningsvakter. Anmälan är avgiftsfri.',
      'A public event must be notified to the local police at least five days before it starts if it calls for special measures to keep order and safety, or because of traffic. Attach the security plan and, where needed, the rescue plan and the traffic arrangements plan. The police do not grant a permit but may give orders to ensure order and safety, for example on the number of security stewards. The notification is free of charge.',
    ),
  }),
  permit({
    key: 'rescue-plan',
    name: t(
      'Yleisötilaisuuden pelastussuunnitelma',
      'Räddningsplan för ett offentligt evenemang',
      'Rescue plan for a public event',
    ),
    authorityKind: 'rescue',
    elements: [
      ...sharedElements,
      ...req('safetyManagerName', 'safetyManagerPhone', 'emergencyExits', 'fireRisks', 'firstAidReadiness'),
      ...opt(
        'fireworksOrPyrotechnics',
        'temporaryStructures',
        'structureTypes',
        'securityGuardCount',
        'siteMap',
        'securityPlanDocument',
      ),
    ],
    leadTime: { amount: 14, unit: 'calendar-days' },
    processingDays: 10,
    legalBasis: 'Pelastuslaki (379/2011) 16 §; valtioneuvoston asetus pelastustoimesta (407/2011) 3 §',
    guidance: t(
      'Järjestäjän on laadittava tilaisuudesta pelastussuunnitelma, jos paikalla on samanaikaisesti vähintään 200 henkeä tai tilaisuudessa käytetään avotulta, ilotulitteita, pyroteknisiä tehosteita tai muita tavallista suurempia vaaroja aiheuttavia tehosteita. Toimita suunnitelma pelastuslaitokselle viimeistään 14 vuorokautta ennen tilaisuutta. Suunnitelmaan kuuluvat poistumistiet, riskien arviointi, alkusammutus- ja ensiapuvalmius sekä alueen kartta. Suunnitelma on käytävä läpi tilaisuuden henkilökunnan kanssa ennen tilaisuutta.',
      'Arrangören ska göra upp en räddningsplan om minst 200 personer är närvarande samtidigt eller om öppen eld, fyrverkerier, pyrotekniska effekter eller andra effekter som medför större fara än vanligt används. Lämna planen till räddningsverket senast 14 dygn före evenemanget. Planen ska omfatta utrymningsvägar, riskbedömning, beredskap för första släckning och första hjälpen samt en karta över området. Planen ska gås igenom med personalen före evenemanget.',
      'The organiser must draw up a rescue plan if at least 200 people are present at once, or if open fire, fireworks, pyrotechnic effects or other unusually hazardous effects are used. Submit the plan to the rescue department at least 14 days before the event. It covers exits, a risk assessment, first-aid firefighting and first-aid readiness, and a site map. Go through the plan with the event staff before the event.',
    ),
  }),
  permit({
    key: 'fireworks-notification',
    name: t(
      'Ilmoitus ilotulitusnäytöksestä',
      'Anmälan om fyrverkeriuppvisning',
      'Fireworks display notification',
    ),
    authorityKind: 'police',
    elements: [
      ...sharedElements,
      ...req(
        'fireworksOrPyrotechnics',
        'fireworksDate',
        'fireworksTime',
        'fireworksQuantityKg',
        'fireworksLaunchSite',
        'pyrotechnicianName',
        'pyrotechnicianPhone',
      ),
      ...opt('safetyManagerName', 'safetyManagerPhone'),
    ],
    leadTime: { amount: 7, unit: 'calendar-days' },
    processingDays: 5,
    legalBasis: 'Laki vaarallisten kemikaalien ja räjähteiden käsittelyn turvallisuudesta (390/2005)',
    guidance: t(
      'Ilotulitusnäytöksestä on ilmoitettava poliisille noin viikkoa ennen näytöstä; Lupa välittää tiedon myös pelastuslaitokselle pelastussuunnitelman yhteydessä. Näytöksen saa toteuttaa vain pätevä vastaava ilotulittaja. Sisätiloissa tai esiintymislavalla käytettävistä pyroteknisistä tehosteista ja liekkitehosteista ilmoitetaan pelastuslaitokselle viimeistään 14 vuorokautta etukäteen. Varaudu siihen, että kuivana aikana tai kovalla tuulella ilotulitus voidaan kieltää.',
      'En fyrverkeriuppvisning ska anmälas till polisen ungefär en vecka i förväg; Lupa förmedlar uppgifterna också till räddningsverket tillsammans med räddningsplanen. Uppvisningen får bara genomföras av en behörig ansvarig pyrotekniker. Pyrotekniska effekter och flameffekter inomhus eller på scen ska anmälas till räddningsverket senast 14 dygn i förväg. Räkna med att fyrverkerier kan förbjudas vid torka eller hård vind.',
      'A fireworks display must be notified to the police about a week in advance; Lupa also passes the details to the rescue department with the rescue plan. Only a qualified responsible pyrotechnician may carry out the display. Pyrotechnic and flame effects indoors or on stage must be notified to the rescue department at least 14 days in advance. Be prepared for fireworks to be banned in dry weather or strong wind.',
    ),
  }),
  permit({
    key: 'noise-notification',
    name: t(
      'Meluilmoitus tilapäisestä melusta',
      'Anmälan om tillfälligt buller',
      'Notification of temporary noise',
    ),
    authorityKind: 'environmental-protection',
    elements: [
      ...sharedElements,
      ...req(
        'amplifiedSound',
        'soundStartTime',
        'soundEndTime',
        'soundSources',
        'loudspeakerDirection',
        'soundLevelDb',
        'neighboursInformed',
      ),
    ],
    leadTime: { amount: 30, unit: 'calendar-days' },
    processingDays: 21,
    legalBasis: 'Ympäristönsuojelulaki (527/2014) 118 §',
    guidance: t(
      'Ulkotilaisuuden vahvistetusta äänentoistosta on tehtävä meluilmoitus kunnan ympäristönsuojeluviranomaiselle viimeistään 30 vuorokautta ennen tilaisuutta, jos melu on erityisen häiritsevää, etenkin jos äänentoisto jatkuu kello 22 jälkeen tai tilaisuus kestää useita päiviä. Viranomainen tekee ilmoituksesta päätöksen ja voi antaa määräyksiä esimerkiksi äänitasoista, kaiuttimien suuntaamisesta ja äänentoiston ajoista. Päätös on maksullinen kunnan taksan mukaan. Tiedota tilaisuudesta lähialueen asukkaille hyvissä ajoin.',
      'För förstärkt ljud vid ett utomhusevenemang ska en bulleranmälan göras till kommunens miljöskyddsmyndighet senast 30 dygn före evenemanget om bullret är särskilt störande, i synnerhet om ljudåtergivningen fortsätter efter klockan 22 eller evenemanget pågår i flera dagar. Myndigheten fattar beslut om anmälan och kan ge föreskrifter till exempel om ljudnivåer, högtalarnas riktning och tider för ljudåtergivningen. Beslutet är avgiftsbelagt enligt kommunens taxa. Informera de närboende i god tid.',
      'Amplified sound at an outdoor event must be notified to the municipal environmental protection authority at least 30 days before the event if the noise is especially disturbing, above all if the sound goes on after 22:00 or the event lasts several days. The authority issues a decision and may set conditions, for example on sound levels, the direction of loudspeakers and the hours of amplified sound. The decision is charged according to the municipality’s fees. Inform nearby residents in good time.',
    ),
  }),
  permit({
    key: 'large-event-food-notification',
    name: t(
      'Ilmoitus suuresta yleisötilaisuudesta elintarvikevalvontaan',
      'Anmälan om ett stort offentligt evenemang till livsmedelstillsynen',
      'Large public event notification to food control',
    ),
    authorityKind: 'environmental-health',
    elements: [
      ...sharedElements,
      ...req(
        'foodSold',
        'foodVendorCount',
        'foodVendorList',
        'waterSupply',
        'toiletCount',
        'wasteManagement',
      ),
    ],
    leadTime: { amount: 14, unit: 'calendar-days' },
    processingDays: 10,
    legalBasis: 'Terveydensuojelulaki (763/1994); elintarvikelaki (297/2021)',
    guidance: t(
      'Jos tilaisuudessa on samanaikaisesti yleensä vähintään 500 henkeä ja siellä myydään tai tarjoillaan elintarvikkeita, siitä ilmoitetaan kunnan ympäristöterveydenhuoltoon noin kaksi viikkoa etukäteen. Ilmoitukseen liitetään luettelo elintarvikemyyjistä sekä kuvaus talousvedestä, käymälöistä, käsienpesusta ja jätehuollosta. Valvontaviranomainen voi tarkastaa alueen tilaisuuden aikana.',
      'Om vanligen minst 500 personer är närvarande samtidigt och livsmedel säljs eller serveras ska evenemanget anmälas till kommunens miljöhälsovård ungefär två veckor i förväg. Till anmälan bifogas en förteckning över livsmedelsförsäljarna och en beskrivning av hushållsvatten, toaletter, handtvätt och avfallshantering. Tillsynsmyndigheten kan inspektera området under evenemanget.',
      'If usually 500 or more people are present at once and food is sold or served, the event is notified to the municipal environmental health service about two weeks in advance. The notification includes a list of the food vendors and a description of the drinking water, toilets, hand washing and waste management. The authority may inspect the site during the event.',
    ),
  }),
  permit({
    key: 'food-vendor-notice',
    name: t('Elintarvikemyyjien ilmoitukset', 'Livsmedelsförsäljarnas anmälningar', 'Food vendor notices'),
    authorityKind: 'environmental-health',
    elements: [
      ...sharedElements,
      ...req('foodSold', 'foodVendorCount', 'foodVendorList', 'waterSupply'),
      ...opt('wasteManagement'),
    ],
    leadTime: { amount: 4, unit: 'service-days' },
    processingDays: 4,
    legalBasis: 'Elintarvikelaki (297/2021)',
    guidance: t(
      'Ammattimaisen elintarvikemyynnin tilapäisestä paikasta ilmoitetaan tapahtumapaikan kunnan elintarvikevalvontaan viimeistään neljä arkipäivää ennen tilaisuutta. Lupa kokoaa myyjäluettelon yhdeksi ilmoitukseksi; kunkin myyjän on silti oltava rekisteröity elintarvikealan toimija kotikunnassaan. Yksityishenkilöiden ja yhdistysten satunnainen, vähäriskinen myynti ei edellytä ilmoitusta.',
      'Yrkesmässig försäljning av livsmedel på en tillfällig plats ska anmälas till livsmedelstillsynen i den kommun där evenemanget ordnas senast fyra vardagar före evenemanget. Lupa sammanställer försäljarförteckningen till en anmälan; varje försäljare ska ändå vara registrerad som livsmedelsföretagare i sin hemkommun. Tillfällig försäljning med låg risk av privatpersoner och föreningar kräver ingen anmälan.',
      'Professional food sales at a temporary location must be notified to the food control of the municipality where the event is held at least four working days before the event. Lupa compiles the vendor list into one notice; each vendor must still be a registered food business operator in its home municipality. Occasional low-risk sales by private persons and clubs need no notice.',
    ),
  }),
  permit({
    key: 'alcohol-serving-licence',
    name: t(
      'Määräaikainen anniskelulupa',
      'Tidsbegränsat serveringstillstånd',
      'Fixed-term alcohol serving licence',
    ),
    authorityKind: 'permit-agency',
    elements: [
      ...sharedElements.map((e) => (e.key === 'organiserBusinessId' ? { ...e, isRequired: true } : e)),
      ...req(
        'alcoholServed',
        'servingAreaDescription',
        'servingAreaCapacity',
        'servingStartTime',
        'servingEndTime',
        'responsibleManagerName',
        'responsibleManagerPhone',
        'ownControlPlanSummary',
      ),
      ...opt('servingAreaDrawing'),
    ],
    leadTime: { amount: 45, unit: 'calendar-days' },
    processingDays: 30,
    legalBasis: 'Alkoholilaki (1102/2017)',
    guidance: t(
      'Alkoholijuomien anniskeluun yleisötilaisuudessa tarvitaan määräaikainen anniskelulupa, jonka myöntää Lupa- ja valvontavirasto. Hae lupaa hyvissä ajoin, vähintään puolitoista kuukautta ennen tilaisuutta, sillä käsittely kestää tavallisesti 1–2 kuukautta. Jos anniskelija on ravintola, jolla on jo hyväksytty anniskelualue tilaisuuden paikalla, riittää ilmoitus viimeistään kolme vuorokautta etukäteen. Lupa on maksullinen.',
      'För att servera alkoholdrycker vid ett offentligt evenemang behövs ett tidsbegränsat serveringstillstånd som beviljas av Tillstånds- och tillsynsverket. Ansök i god tid, minst en och en halv månad före evenemanget, eftersom behandlingen vanligen tar 1–2 månader. Om serveringen sköts av en restaurang som redan har ett godkänt serveringsområde på platsen räcker det med en anmälan senast tre dygn i förväg. Tillståndet är avgiftsbelagt.',
      'Serving alcoholic drinks at a public event requires a fixed-term serving licence, granted by the Finnish Permit and Supervision Agency. Apply in good time, at least six weeks before the event, as processing usually takes one to two months. If the drinks are served by a restaurant that already has an approved serving area at the venue, a notification at least three days in advance is enough. The licence is subject to a fee.',
    ),
  }),
  permit({
    key: 'area-use-permit',
    name: t(
      'Katu-, puisto- tai torialueen käyttölupa',
      'Tillstånd att använda gatu-, park- eller torgområde',
      'Permit to use a street, park or square',
    ),
    authorityKind: 'city-area-use',
    elements: [
      ...sharedElements,
      ...req('areaSizeM2', 'buildUpDate', 'tearDownDate', 'entryFee', 'temporaryStructures'),
      ...opt('structureTypes', 'wasteManagement', 'siteMap'),
    ],
    leadTime: { amount: 60, unit: 'calendar-days' },
    processingDays: 45,
    legalBasis: 'Kunnan maanomistajan oikeudet (kaupungin yleisten alueiden käyttöluvat)',
    guidance: t(
      'Tilaisuuden järjestäminen kaupungin kadulla, puistossa tai torilla edellyttää kaupungin maanomistajana myöntämää alueen käyttölupaa. Hae lupaa viimeistään kaksi kuukautta ennen tilaisuutta, erityisesti suosituille alueille kesällä. Lupa koskee myös rakentamis- ja purkuaikaa. Kaupunki perii alueen käytöstä maksun, ja alue on palautettava alkuperäiseen kuntoon.',
      'För att ordna ett evenemang på en gata, i en park eller på ett torg som staden äger behövs ett tillstånd att använda området, som staden beviljar i egenskap av markägare. Ansök senast två månader före evenemanget, särskilt för populära områden på sommaren. Tillståndet gäller också uppbyggnads- och nedmonteringstiden. Staden tar ut en avgift för användningen och området ska återställas i ursprungligt skick.',
      'Holding an event on a city street, park or square requires a permit to use the area, which the city grants as the landowner. Apply at least two months before the event, especially for popular areas in summer. The permit also covers build-up and tear-down. The city charges a fee for the use of the area, and the area must be restored to its original condition.',
    ),
  }),
  permit({
    key: 'traffic-arrangement-plan',
    name: t(
      'Tilapäiset liikennejärjestelyt ja liikenteenohjaussuunnitelma',
      'Tillfälliga trafikarrangemang och trafikstyrningsplan',
      'Temporary traffic arrangements and traffic control plan',
    ),
    authorityKind: 'city-area-use',
    elements: [
      ...sharedElements,
      ...req('streetsClosed', 'closedStreets', 'diversions', 'trafficSignsPlan'),
      ...opt('trafficControllerCount', 'trafficControlPlanDrawing'),
    ],
    leadTime: { amount: 60, unit: 'calendar-days' },
    processingDays: 30,
    legalBasis: 'Tieliikennelaki (729/2018) 187 §',
    guidance: t(
      'Jos tilaisuuden vuoksi suljetaan katuja, muutetaan pysäköintiä tai pysäkkejä tai käytetään tilapäisiä liikennemerkkejä, järjestelyille tarvitaan kaupungin katuviranomaisen hyväksymä liikenteenohjaussuunnitelma. Hae hyväksyntä samaan aikaan alueen käyttöluvan kanssa. Suunnitelma liitetään myös poliisille tehtävään yleisötilaisuusilmoitukseen. Valtion teillä järjestelyistä päättää elinvoimakeskus.',
      'Om gator stängs av, parkeringen eller hållplatserna ändras eller tillfälliga trafikmärken används på grund av evenemanget behövs en trafikstyrningsplan som godkänts av stadens gatumyndighet. Ansök om godkännande samtidigt med tillståndet att använda området. Planen bifogas också anmälan om allmän tillställning till polisen. På statliga vägar beslutar livskraftscentralen om arrangemangen.',
      'If the event closes streets, changes parking or stops, or uses temporary traffic signs, the arrangements need a traffic control plan approved by the city’s street authority. Apply for approval together with the area-use permit. The plan is also attached to the public event notification to the police. On state roads, the arrangements are decided by the regional vitality centre (elinvoimakeskus).',
    ),
  }),
  permit({
    key: 'temporary-structures-permit',
    name: t(
      'Tilapäisten rakennelmien lupa',
      'Tillstånd för tillfälliga konstruktioner',
      'Permit for temporary structures',
    ),
    authorityKind: 'building-control',
    elements: [
      ...sharedElements,
      ...req(
        'temporaryStructures',
        'structureTypes',
        'structureMaxHeightM',
        'structureDescription',
        'buildUpDate',
        'tearDownDate',
      ),
      ...opt('structureDrawings', 'siteMap'),
    ],
    leadTime: { amount: 30, unit: 'calendar-days' },
    processingDays: 21,
    legalBasis: 'Rakentamislaki (751/2023)',
    guidance: t(
      'Yleisölle tarkoitetut tilapäiset esiintymislavat, katsomot ja suuret teltat voivat edellyttää rakennusvalvonnan lupaa tai ilmoitusta. Kokorajat vaihtelevat kunnittain, joten tarkista ne rakennusvalvonnasta. Hae lupaa noin kuukautta ennen rakentamisen alkua ja liitä mukaan rakennelmien piirustukset sekä tiedot kantavuudesta ja kiinnityksestä. Rakennelmat tarkastetaan ennen kuin yleisö päästetään alueelle.',
      'Tillfälliga scener, läktare och stora tält för publiken kan kräva tillstånd eller anmälan till byggnadstillsynen. Storleksgränserna varierar mellan kommunerna, så kontrollera dem hos byggnadstillsynen. Ansök ungefär en månad innan uppbyggnaden börjar och bifoga ritningar samt uppgifter om bärförmåga och förankring. Konstruktionerna besiktas innan publiken släpps in.',
      'Temporary stages, stands and large tents for the public may need a permit from, or a notification to, building control. Size limits vary by municipality, so check them with building control. Apply about a month before build-up starts and attach drawings and details of load-bearing capacity and anchoring. The structures are inspected before the audience is let in.',
    ),
  }),
]

/**
 * The demo's authorities, each having joined every permit type routed to its kind (routing
 * sends a case only to an authority that has joined its permit type).
 */
export const demoAuthorities: DemoAuthority[] = authoritiesOfDemo.map((authority) => ({
  ...authority,
  contact: {
    email: mail(`asiakaspalvelu.${authority.key}`),
    website: t(
      `https://lupa-demo.example.fi/${authority.key}`,
      `https://lupa-demo.example.fi/sv/${authority.key}`,
      `https://lupa-demo.example.fi/en/${authority.key}`,
    ),
    hours: t('ma–pe klo 9–16', 'mån–fre kl. 9–16', 'Mon–Fri 9:00–16:00'),
  },
  permitTypes: permitTypes
    .filter((permitType) => permitType.authorityKind === authority.kind)
    .map((permitType) => permitType.key),
}))

// ---------------------------------------------------------------------------------------
// Analysis rules (JSON Logic over the analysis answers)
// ---------------------------------------------------------------------------------------

const v = (key: string) => ({ var: key })
const isTrue = (key: string): JsonLogicRule => ({ '===': [v(key), true] })
const isPublic = isTrue('isPublicEvent')
const inPlaces = (...places: string[]): JsonLogicRule => ({ in: [v('placeType'), places] })
const outdoors: JsonLogicRule = inPlaces('public-road', 'park-or-square', 'private-area')

/**
 * A 'HH:MM' time is "after 22:00" when it is later than 22:00 the same evening or, for
 * activities running past midnight, earlier than 06:00. json-logic-js compares strings
 * lexically, which is right for zero-padded 'HH:MM'. An empty answer never counts.
 */
const after22 = (key: string): JsonLogicRule => ({
  and: [{ '!!': v(key) }, { or: [{ '>': [v(key), '22:00'] }, { '<': [v(key), '06:00'] }] }],
})

/** The event lasts more than one day ('YYYY-MM-DD' strings compare lexically). */
const multiDay: JsonLogicRule = {
  and: [{ '!!': v('eventStartDate') }, { '>': [v('eventEndDate'), v('eventStartDate')] }],
}

const rule = (id: string, when: JsonLogicRule, reason: LocalizedText) => ({ id, when, reason })

export const publicEventBundleDescription: LocalizedText = t(
  'Kun järjestät konsertin, festivaalin, markkinat, urheilutapahtuman tai muun yleisötilaisuuden, tarvitset usein ilmoituksia ja lupia monelta viranomaiselta: poliisilta, pelastuslaitokselta, kunnan ympäristö- ja elintarvikevalvonnalta, kaupungilta ja Lupa- ja valvontavirastolta. Vastaa ensin muutamaan kysymykseen, niin näet, mitä tilaisuutesi edellyttää, keneltä ja mihin mennessä. Sen jälkeen täytät yhden hakemuksen: kukin tieto kysytään vain kerran, ja Lupa välittää ilmoitukset ja hakemukset oikeille viranomaisille.',
  'När du ordnar en konsert, festival, marknad, idrottstävling eller något annat offentligt evenemang behöver du ofta anmälningar och tillstånd från flera myndigheter: polisen, räddningsverket, kommunens miljö- och livsmedelstillsyn, staden och Tillstånds- och tillsynsverket. Svara först på några frågor, så ser du vad ditt evenemang kräver, av vem och när. Därefter fyller du i en enda ansökan: varje uppgift efterfrågas bara en gång och Lupa förmedlar anmälningarna och ansökningarna till rätt myndigheter.',
  'Organising a concert, festival, market, sports event or any other public event often takes notifications and permits from several authorities: the police, the rescue department, the municipality’s environmental and food control, the city and the Finnish Permit and Supervision Agency. Answer a few questions first to see what your event needs, from whom and by when. Then fill in a single application: each detail is asked only once, and Lupa forwards the notifications and applications to the right authorities.',
)

export const publicEventBundle: PermitBundle = {
  key: 'public-event',
  name: t('Yleisötilaisuuden järjestäminen', 'Ordna ett offentligt evenemang', 'Organising a public event'),
  analysisElements: [
    'municipality',
    'placeType',
    'eventStartDate',
    'eventEndDate',
    'eventStartTime',
    'eventEndTime',
    'expectedAttendees',
    'isPublicEvent',
    'alcoholServed',
    'foodSold',
    'amplifiedSound',
    'soundEndTime',
    'fireworksOrPyrotechnics',
    'temporaryStructures',
    'streetsClosed',
    'securityGuards',
  ],
  steps,
  permits: [
    {
      permitType: 'police-public-event-notification',
      rules: [
        rule(
          'police-attendees',
          { and: [isPublic, { '>=': [v('expectedAttendees'), 200] }] },
          t(
            'Yleisötilaisuuteen odotetaan vähintään 200 henkeä samanaikaisesti',
            'Minst 200 personer väntas samtidigt till den allmänna tillställningen',
            'At least 200 people are expected at the public event at the same time',
          ),
        ),
        rule(
          'police-public-place',
          { and: [isPublic, inPlaces('public-road', 'park-or-square')] },
          t(
            'Yleisötilaisuus järjestetään kadulla, tiellä, puistossa tai torilla',
            'Den allmänna tillställningen ordnas på en gata, väg, i en park eller på ett torg',
            'The public event is held on a street, road, park or square',
          ),
        ),
        rule(
          'police-late-hours',
          { and: [isPublic, after22('eventEndTime')] },
          t(
            'Yleisötilaisuus jatkuu kello 22:n jälkeen',
            'Den allmänna tillställningen fortsätter efter klockan 22',
            'The public event goes on after 22:00',
          ),
        ),
        rule(
          'police-alcohol',
          { and: [isPublic, isTrue('alcoholServed')] },
          t(
            'Yleisötilaisuudessa anniskellaan alkoholia',
            'Alkohol serveras vid den allmänna tillställningen',
            'Alcohol is served at the public event',
          ),
        ),
        rule(
          'police-guards',
          { and: [isPublic, isTrue('securityGuards')] },
          t(
            'Yleisötilaisuudessa käytetään järjestyksenvalvojia tai liikenteenohjaajia',
            'Ordningsvakter eller trafikdirigenter används vid den allmänna tillställningen',
            'Security stewards or traffic controllers are used at the public event',
          ),
        ),
        rule(
          'police-streets-closed',
          { and: [isPublic, isTrue('streetsClosed')] },
          t(
            'Yleisötilaisuuden vuoksi suljetaan katuja tai muutetaan liikennejärjestelyjä',
            'Gator stängs av eller trafikarrangemangen ändras på grund av den allmänna tillställningen',
            'Streets are closed or traffic arrangements changed for the public event',
          ),
        ),
        rule(
          'police-fireworks',
          { and: [isPublic, isTrue('fireworksOrPyrotechnics')] },
          t(
            'Yleisötilaisuudessa on ilotulitus, pyroteknisiä tehosteita tai avotulta',
            'Fyrverkerier, pyrotekniska effekter eller öppen eld förekommer vid den allmänna tillställningen',
            'There are fireworks, pyrotechnic effects or open fire at the public event',
          ),
        ),
      ],
      notNeededReason: t(
        'Ilmoitusta poliisille ei tarvita, koska tilaisuus ei ole yleisötilaisuus tai se ei vastausten perusteella edellytä erityisiä järjestys-, turvallisuus- tai liikennejärjestelyjä.',
        'Ingen anmälan till polisen behövs, eftersom evenemanget inte är en allmän tillställning eller enligt svaren inte kräver särskilda åtgärder för ordning, säkerhet eller trafik.',
        'No notification to the police is needed: the event is not public, or from your answers it needs no special arrangements for order, safety or traffic.',
      ),
    },
    {
      permitType: 'rescue-plan',
      rules: [
        rule(
          'rescue-attendees',
          { '>=': [v('expectedAttendees'), 200] },
          t(
            'Tilaisuuteen odotetaan vähintään 200 henkeä samanaikaisesti',
            'Minst 200 personer väntas till evenemanget samtidigt',
            'At least 200 people are expected at the event at the same time',
          ),
        ),
        rule(
          'rescue-fireworks',
          isTrue('fireworksOrPyrotechnics'),
          t(
            'Tilaisuudessa käytetään ilotulitteita, pyroteknisiä tehosteita tai avotulta',
            'Fyrverkerier, pyrotekniska effekter eller öppen eld används vid evenemanget',
            'Fireworks, pyrotechnic effects or open fire are used at the event',
          ),
        ),
      ],
      notNeededReason: t(
        'Pelastussuunnitelmaa ei tarvitse toimittaa, koska paikalla on alle 200 henkeä eikä tilaisuudessa ole ilotulitusta, pyroteknisiä tehosteita tai avotulta. Huolehdi silti poistumisteistä ja ensiavusta.',
        'Ingen räddningsplan behöver lämnas in, eftersom färre än 200 personer är närvarande och inga fyrverkerier, pyrotekniska effekter eller öppen eld används. Se ändå till att utrymningsvägar och första hjälpen fungerar.',
        'No rescue plan needs to be submitted: fewer than 200 people attend and there are no fireworks, pyrotechnic effects or open fire. Still make sure exits and first aid are taken care of.',
      ),
    },
    {
      permitType: 'fireworks-notification',
      rules: [
        rule(
          'fireworks-planned',
          isTrue('fireworksOrPyrotechnics'),
          t(
            'Tilaisuuteen on suunniteltu ilotulitus tai pyroteknisiä tehosteita',
            'Fyrverkerier eller pyrotekniska effekter planeras vid evenemanget',
            'Fireworks or pyrotechnic effects are planned for the event',
          ),
        ),
      ],
      notNeededReason: t(
        'Ilotulitusilmoitusta ei tarvita, koska tilaisuudessa ei ole ilotulitusta eikä pyroteknisiä tehosteita.',
        'Ingen anmälan om fyrverkeri behövs, eftersom evenemanget inte har fyrverkerier eller pyrotekniska effekter.',
        'No fireworks notification is needed: there are no fireworks or pyrotechnic effects at the event.',
      ),
    },
    {
      permitType: 'noise-notification',
      rules: [
        rule(
          'noise-after-22',
          {
            and: [
              isTrue('amplifiedSound'),
              outdoors,
              {
                or: [after22('soundEndTime'), { and: [{ '!': v('soundEndTime') }, after22('eventEndTime')] }],
              },
            ],
          },
          t(
            'Ulkona käytetään vahvistettua äänentoistoa kello 22:n jälkeen',
            'Förstärkt ljud används utomhus efter klockan 22',
            'Amplified sound is used outdoors after 22:00',
          ),
        ),
        rule(
          'noise-multi-day',
          { and: [isTrue('amplifiedSound'), outdoors, multiDay] },
          t(
            'Ulkona käytetään vahvistettua äänentoistoa usean päivän ajan',
            'Förstärkt ljud används utomhus under flera dagar',
            'Amplified sound is used outdoors over several days',
          ),
        ),
      ],
      notNeededReason: t(
        'Meluilmoitusta ei tarvita, koska ulkona ei käytetä vahvistettua äänentoistoa kello 22:n jälkeen eikä usean päivän ajan. Tarkista kuitenkin kunnan ympäristönsuojelumääräykset, sillä joissakin kunnissa myös sunnuntai-illan äänentoistosta on ilmoitettava.',
        'Ingen bulleranmälan behövs, eftersom förstärkt ljud inte används utomhus efter klockan 22 eller under flera dagar. Kontrollera ändå kommunens miljöskyddsföreskrifter, eftersom vissa kommuner kräver anmälan också för ljudåtergivning söndag kväll.',
        'No noise notification is needed: there is no amplified sound outdoors after 22:00 or over several days. Do check the municipality’s environmental protection regulations, as some municipalities also require a notification for amplified sound on Sunday evenings.',
      ),
    },
    {
      permitType: 'large-event-food-notification',
      rules: [
        rule(
          'large-event-food',
          {
            and: [
              { in: [v('foodSold'), ['organiser-or-club', 'professional-vendors']] },
              { '>=': [v('expectedAttendees'), 500] },
            ],
          },
          t(
            'Tilaisuudessa myydään ruokaa ja paikalla on vähintään 500 henkeä samanaikaisesti',
            'Mat säljs vid evenemanget och minst 500 personer är närvarande samtidigt',
            'Food is sold at the event and at least 500 people are present at the same time',
          ),
        ),
      ],
      notNeededReason: t(
        'Ilmoitusta suuresta yleisötilaisuudesta ei tarvita, koska tilaisuudessa ei myydä ruokaa tai paikalla on alle 500 henkeä.',
        'Ingen anmälan om ett stort offentligt evenemang behövs, eftersom ingen mat säljs eller färre än 500 personer är närvarande.',
        'No large public event notification is needed: no food is sold, or fewer than 500 people attend.',
      ),
    },
    {
      permitType: 'food-vendor-notice',
      rules: [
        rule(
          'food-professional-vendors',
          { '===': [v('foodSold'), 'professional-vendors'] },
          t(
            'Tilaisuudessa on ammattimaisia elintarvikemyyjiä',
            'Yrkesmässiga livsmedelsförsäljare finns på evenemanget',
            'Professional food vendors are selling at the event',
          ),
        ),
      ],
      notNeededReason: t(
        'Elintarvikemyyjien ilmoituksia ei tarvita, koska tilaisuudessa ei ole ammattimaisia elintarvikemyyjiä. Yhdistysten ja yksityishenkilöiden satunnainen vähäriskinen myynti ei edellytä ilmoitusta.',
        'Inga anmälningar från livsmedelsförsäljare behövs, eftersom det inte finns yrkesmässiga livsmedelsförsäljare på evenemanget. Tillfällig försäljning med låg risk av föreningar och privatpersoner kräver ingen anmälan.',
        'No food vendor notices are needed: there are no professional food vendors at the event. Occasional low-risk sales by clubs and private persons need no notice.',
      ),
    },
    {
      permitType: 'alcohol-serving-licence',
      rules: [
        rule(
          'alcohol-served',
          isTrue('alcoholServed'),
          t(
            'Tilaisuudessa anniskellaan alkoholijuomia',
            'Alkoholdrycker serveras vid evenemanget',
            'Alcoholic drinks are served at the event',
          ),
        ),
      ],
      notNeededReason: t(
        'Anniskelulupaa ei tarvita, koska tilaisuudessa ei anniskella alkoholijuomia.',
        'Inget serveringstillstånd behövs, eftersom inga alkoholdrycker serveras vid evenemanget.',
        'No serving licence is needed: no alcoholic drinks are served at the event.',
      ),
    },
    {
      permitType: 'area-use-permit',
      rules: [
        rule(
          'area-use-park-or-square',
          inPlaces('park-or-square'),
          t(
            'Tilaisuus järjestetään kaupungin puistossa tai torilla',
            'Evenemanget ordnas i en park eller på ett torg som staden äger',
            'The event is held in a city park or square',
          ),
        ),
        rule(
          'area-use-street',
          inPlaces('public-road'),
          t(
            'Tilaisuus järjestetään kadulla tai tiellä',
            'Evenemanget ordnas på en gata eller väg',
            'The event is held on a street or road',
          ),
        ),
      ],
      notNeededReason: t(
        'Kaupungin alueen käyttölupaa ei tarvita, koska tilaisuus ei ole kadulla, puistossa tai torilla. Sovi alueen käytöstä sen omistajan kanssa.',
        'Inget tillstånd att använda stadens område behövs, eftersom evenemanget inte ordnas på en gata, i en park eller på ett torg. Kom överens om användningen med områdets ägare.',
        'No permit to use city land is needed: the event is not on a street, park or square. Agree on the use of the venue with its owner.',
      ),
    },
    {
      permitType: 'traffic-arrangement-plan',
      rules: [
        rule(
          'traffic-streets-closed',
          isTrue('streetsClosed'),
          t(
            'Tilaisuuden vuoksi suljetaan katuja tai muutetaan liikennejärjestelyjä',
            'Gator stängs av eller trafikarrangemangen ändras på grund av evenemanget',
            'Streets are closed or traffic arrangements changed for the event',
          ),
        ),
        rule(
          'traffic-on-road',
          inPlaces('public-road'),
          t(
            'Tilaisuus järjestetään kadulla tai tiellä',
            'Evenemanget ordnas på en gata eller väg',
            'The event is held on a street or road',
          ),
        ),
      ],
      notNeededReason: t(
        'Liikenteenohjaussuunnitelmaa ei tarvita, koska katuja ei suljeta eikä tilaisuus ole kadulla tai tiellä.',
        'Ingen trafikstyrningsplan behövs, eftersom inga gator stängs av och evenemanget inte ordnas på en gata eller väg.',
        'No traffic control plan is needed: no streets are closed and the event is not on a street or road.',
      ),
    },
    {
      permitType: 'temporary-structures-permit',
      rules: [
        rule(
          'structures-built',
          isTrue('temporaryStructures'),
          t(
            'Tilaisuuteen rakennetaan esiintymislavoja, katsomoita tai suuria telttoja',
            'Scener, läktare eller stora tält byggs för evenemanget',
            'Stages, stands or large tents are built for the event',
          ),
        ),
      ],
      notNeededReason: t(
        'Rakennusvalvonnan lupaa ei tarvita, koska tilaisuuteen ei rakenneta esiintymislavoja, katsomoita tai suuria telttoja.',
        'Inget tillstånd från byggnadstillsynen behövs, eftersom inga scener, läktare eller stora tält byggs för evenemanget.',
        'No building control permit is needed: no stages, stands or large tents are built for the event.',
      ),
    },
  ],
}

// ---------------------------------------------------------------------------------------
// Worked example (domain-public-event.md): outdoor concert in a Helsinki park
// ---------------------------------------------------------------------------------------

/** Analysis answers: 1,500 people, 14:00–23:00, beer garden, six food trucks, stage and tent, a short street closure. */
export const workedExampleAnswers: DataValues = {
  municipality: '091',
  placeType: 'park-or-square',
  eventStartDate: '2027-06-12',
  eventEndDate: '2027-06-12',
  eventStartTime: '14:00',
  eventEndTime: '23:00',
  expectedAttendees: 1500,
  isPublicEvent: true,
  alcoholServed: true,
  foodSold: 'professional-vendors',
  amplifiedSound: true,
  soundEndTime: '23:00',
  fireworksOrPyrotechnics: false,
  temporaryStructures: true,
  streetsClosed: true,
  securityGuards: true,
}

/** A complete application for the worked example: every element of every needed permit. */
export const workedExampleApplication: DataValues = {
  ...workedExampleAnswers,

  organiserName: 'Puistosoitto ry',
  organiserBusinessId: '3012345-8',
  organiserAddress: 'Tehtaankatu 12 A 3',
  organiserPostcode: '00140',
  organiserPostOffice: 'Helsinki',
  contactName: 'Maria Virtanen',
  contactPhone: '+358401234567',
  contactEmail: 'maria.virtanen@puistosoitto.example.fi',

  eventName: 'Puistosoitto 2027',
  eventDescription:
    'Maksuton kesäkonsertti Kaivopuistossa. Päälavalla esiintyy neljä kotimaista yhtyettä klo 15–23. Alueella on anniskelualue (olutpuutarha) ja kuusi ruokarekkaa. Tilaisuus on tarkoitettu kaikenikäisille.',
  eventAddress: 'Kaivopuisto, Kaivopuiston nurmikenttä, 00140 Helsinki',

  securityGuardCount: 30,
  safetyManagerName: 'Juha Korhonen',
  safetyManagerPhone: '+358501112233',
  securityPlanSummary:
    'Alueella on enimmillään 30 järjestyksenvalvojaa: neljä kulkuportilla, kymmenen lavan edessä, kuusi anniskelualueella ja loput partioivat. Anniskelualueen rajalla valvotaan, ettei juomia viedä alueelta. Turvallisuuspäällikkö johtaa järjestyksenvalvontaa radiopuhelimin, ja häiriötilanteissa otetaan yhteys poliisiin.',
  emergencyExits:
    'Alueelta on viisi vähintään 4 metrin levyistä poistumistietä, jotka on merkitty valaistuin opastein. Pelastusajoneuvojen reitti kulkee Iso Puistotien kautta lavan taakse, ja reitti pidetään vapaana koko tilaisuuden ajan.',
  fireRisks:
    'Ruokarekoissa käytetään nestekaasua; kaasupullot on suojattu ja kullakin rekalla on sammutuspeite ja 6 kg:n jauhesammutin. Lavan sähköt syötetään verkosta, varavoimana on yksi aggregaatti aidatulla alueella. Ruuhkautumista lavan edessä seurataan, ja ukkosen varalta on sääseuranta ja keskeytyssuunnitelma.',
  firstAidReadiness:
    'Alueella on ensiapupiste, jossa päivystää kuusi ensiapukoulutettua (EA2) ja sairaanhoitaja. Ensiapupisteessä on paarit ja defibrillaattori. Hätäkeskukseen ilmoittaa ensiapupisteen vastaava, ja ambulanssi ohjataan pelastusreittiä pitkin.',

  soundStartTime: '13:00',
  soundSources:
    'Yksi päälava (PA-järjestelmä ja monitorit), äänitarkistus klo 13–14, esitykset klo 15–23. Yksi aggregaatti varavoimana.',
  loudspeakerDirection: 'Lavalta etelään merelle päin, poispäin Kaivopuiston asuinrakennuksista',
  soundLevelDb: 97,
  neighboursInformed: true,

  foodVendorCount: 6,
  foodVendorList:
    'Kuusi ruokarekkaa: Katukeittiö Oy, Grilli-Pojat Oy, Vegaaninen Vaunu Oy, Pizzaauto Oy, Crêperie Mobile Oy ja Jäätelöauto Oy. Myyjien yhteystiedot ja tuotteet liitteessä.',
  waterSupply: 'Talousvesi kaupungin vesijohtoverkosta puiston vesipisteestä, jakelu letkuin myyntipisteille',
  toiletCount: 14,
  wasteManagement:
    'Alueella on 40 lajittelupistettä (seka-, bio-, muovi- ja pullojäte). Jäteastiat tyhjennetään tilaisuuden aikana, ja alue siivotaan seuraavana aamuna klo 10 mennessä.',

  servingAreaDescription:
    'Aidattu olutpuutarha lavan itäpuolella, noin 1 200 m². Sisäänkäynnillä tarkastetaan henkilöllisyys, ja aidan ulosmenoissa valvotaan, ettei juomia viedä alueelta. Piirros liitteenä.',
  servingAreaCapacity: 600,
  servingStartTime: '14:00',
  servingEndTime: '22:30',
  responsibleManagerName: 'Anna Mäkinen',
  responsibleManagerPhone: '+358405556677',
  ownControlPlanSummary:
    'Anniskelussa on aina paikalla vastaava hoitaja tai hänen varahenkilönsä. Kaikilta alle 30-vuotiailta näyttäviltä tarkistetaan henkilöllisyys. Päihtyneille ei anniskella, ja järjestyksenvalvojat poistavat heidät tarvittaessa alueelta. Anniskeluhenkilökunnalla on anniskelupassi.',

  areaSizeM2: 12000,
  buildUpDate: '2027-06-10',
  tearDownDate: '2027-06-13',
  entryFee: false,

  closedStreets:
    'Kalliolinnantie suljetaan ajoneuvoliikenteeltä Kaivopuiston kohdalta 12.6.2027 klo 12.00–24.00.',
  diversions:
    'Ajoneuvoliikenne ohjataan Merikadun ja Itäisen Puistotien kautta. Jalankulku ja pyöräily sallitaan suljetulla osuudella. Pelastusajoneuvot pääsevät alueelle liikenteenohjaajien avustuksella.',
  trafficSignsPlan:
    'Sulkupuomit ja liikennemerkit "Ajoneuvolla ajo kielletty" suljetun osuuden molempiin päihin, kiertotieopasteet Merikadulle. Merkit asentaa ja poistaa liikennemerkkiurakoitsija. Piirustus liitteenä.',
  trafficControllerCount: 4,

  structureTypes: ['stage', 'tent'],
  structureMaxHeightM: 9.5,
  structureDescription:
    'Katettu esiintymislava 12 × 10 m, korkeus 9,5 m, sekä 10 × 20 m:n anniskeluteltta. Toimittaja Lavapalvelu Oy, rakennelmat kiinnitetään painoin ja ne mitoitetaan 20 m/s tuulelle. Rakennesuunnittelija tarkastaa rakennelmat ennen tilaisuutta.',
}
