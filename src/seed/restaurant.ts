/**
 * Demo data content of the "starting a restaurant" bundle: its data elements (new ones only;
 * the operator, contact person, municipality, serving and safety data are the public event's
 * elements, asked once), its permits and notifications, the analysis rules, the bundle's own
 * portal words and a worked example. The authorities are the public event's: the ones of the
 * kinds a restaurant needs join the restaurant's permit types (see
 * {@link demoCatalogueAuthorities}).
 *
 * Pure data: no Payload, no database. Facts follow `docs/domain-restaurant.md`; lead times
 * and processing times vary by municipality and change every year, so they are demo values
 * meant to be edited.
 */
import type {
  DataElement,
  DataValues,
  JsonLogicRule,
  Locale,
  LocalizedText,
  PermitBundle,
  PermitType,
} from '../domain/types'
import type { DataElement as StoredDataElement, PermitBundle as StoredPermitBundle } from '../payload-types'
import { demoAuthorities, type AuthorityKind, type DemoAuthority, type DemoPermitType } from './public-event'

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en })

const TEXT = 200
const LONG = 4000

// ---------------------------------------------------------------------------------------
// Bundle steps
// ---------------------------------------------------------------------------------------

/*
 * Step keys are the data elements' own: the reused elements keep the public event's steps
 * ('organiser', 'place', 'alcohol', 'area', 'safety', and 'event' and 'sound' for the noise
 * notification), titled here in restaurant words.
 */
const steps: PermitBundle['steps'] = [
  { key: 'organiser', title: t('Toiminnanharjoittaja', 'Verksamhetsutövare', 'Operator') },
  {
    key: 'premises',
    title: t('Ravintola ja toimitila', 'Restaurangen och lokalen', 'Restaurant and premises'),
  },
  { key: 'place', title: t('Sijainti', 'Läge', 'Location') },
  { key: 'food', title: t('Elintarviketoiminta', 'Livsmedelsverksamhet', 'Food business') },
  { key: 'alcohol', title: t('Alkoholin anniskelu', 'Servering av alkohol', 'Serving alcohol') },
  { key: 'area', title: t('Terassi', 'Uteservering', 'Terrace') },
  {
    key: 'building',
    title: t(
      'Käyttötarkoitus ja muutostyöt',
      'Användningsändamål och ändringsarbeten',
      'Use and alterations',
    ),
  },
  { key: 'sign', title: t('Mainoslaitteet', 'Reklamanordningar', 'Signs and awnings') },
  {
    key: 'event',
    title: t('Musiikki ulkona: ajankohta', 'Musik utomhus: tidpunkt', 'Music outdoors: dates and times'),
  },
  { key: 'sound', title: t('Musiikki ja melu', 'Musik och buller', 'Music and noise') },
  { key: 'safety', title: t('Turvallisuus', 'Säkerhet', 'Safety') },
]

// ---------------------------------------------------------------------------------------
// Data elements (new ones; the public event's are reused by key)
// ---------------------------------------------------------------------------------------

const yesNo = (key: string, step: string, order: number, label: LocalizedText, help?: LocalizedText) =>
  ({ key, type: 'boolean', step, order, label, help: help ?? null }) satisfies DataElement

export const restaurantDataElements: DataElement[] = [
  // --- operator ------------------------------------------------------------------------
  {
    key: 'personsInCharge',
    type: 'longText',
    step: 'organiser',
    order: 90,
    label: t('Vastuuhenkilöt ja omistajat', 'Ansvarspersoner och ägare', 'Persons in charge and owners'),
    help: t(
      'Hallituksen jäsenet, toimitusjohtaja ja merkittävät omistajat. Anniskelulupaviranomainen tarkistaa heidän luotettavuutensa ja verojen hoitamisen.',
      'Styrelsemedlemmar, verkställande direktör och betydande ägare. Tillståndsmyndigheten för alkoholservering kontrollerar deras tillförlitlighet och att skatterna är skötta.',
      'Board members, the managing director and significant owners. The alcohol licensing authority checks their reliability and tax standing.',
    ),
    maxLength: LONG,
  },

  // --- restaurant and premises -------------------------------------------------------------
  {
    key: 'restaurantTradeName',
    type: 'text',
    step: 'premises',
    order: 10,
    label: t('Ravintolan nimi', 'Restaurangens namn', 'Name of the restaurant'),
    help: t(
      'Aputoiminimi tai nimi, jolla ravintola tunnetaan.',
      'Bifirma eller det namn som restaurangen är känd under.',
      'The trade name the restaurant is known by.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'restaurantAddress',
    type: 'text',
    step: 'premises',
    order: 20,
    label: t('Ravintolan osoite', 'Restaurangens adress', 'Address of the restaurant'),
    help: t(
      'Katuosoite, postinumero ja postitoimipaikka sekä kerros.',
      'Gatuadress, postnummer och postanstalt samt våning.',
      'Street address, postcode and town, and the floor.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'buildingId',
    type: 'text',
    step: 'premises',
    order: 30,
    label: t(
      'Kiinteistötunnus tai pysyvä rakennustunnus',
      'Fastighetsbeteckning eller permanent byggnadsbeteckning',
      'Property ID or permanent building ID',
    ),
    maxLength: 100,
  },
  {
    key: 'restaurantOpeningDate',
    type: 'date',
    step: 'premises',
    order: 40,
    label: t('Suunniteltu avaamispäivä', 'Planerad öppningsdag', 'Planned opening day'),
    help: t(
      'Ilmoitusten ja lupien viimeiset jättöpäivät lasketaan tästä päivästä taaksepäin.',
      'De sista dagarna för att lämna in anmälningar och ansökningar räknas bakåt från den här dagen.',
      'The last days to file the notifications and applications count back from this day.',
    ),
  },
  {
    key: 'openingHours',
    type: 'text',
    step: 'premises',
    order: 50,
    label: t('Aukioloajat', 'Öppettider', 'Opening hours'),
    help: t('Esimerkiksi ma–la 11–24.', 'Till exempel mån–lör 11–24.', 'For example Mon–Sat 11:00–24:00.'),
    maxLength: TEXT,
  },
  {
    key: 'restaurantConcept',
    type: 'longText',
    step: 'premises',
    order: 60,
    label: t('Ravintolan konsepti ja ruokalista', 'Restaurangens koncept och meny', 'Concept and menu'),
    help: t(
      'Lyhyt kuvaus ravintolasta, sen ruokalistasta ja asiakkaista.',
      'En kort beskrivning av restaurangen, dess meny och kunder.',
      'A short description of the restaurant, its menu and its customers.',
    ),
    maxLength: LONG,
  },
  {
    key: 'floorAreaM2',
    type: 'integer',
    step: 'premises',
    order: 70,
    label: t('Huoneiston pinta-ala (m²)', 'Lokalens yta (m²)', 'Floor area of the premises (m²)'),
    min: 1,
    max: 100_000,
  },
  {
    key: 'indoorCustomerPlaces',
    type: 'integer',
    step: 'premises',
    order: 80,
    label: t(
      'Montako asiakaspaikkaa sisätiloissa on?',
      'Hur många kundplatser finns det inomhus?',
      'How many customer places are there indoors?',
    ),
    help: t(
      'Kaikkien asiakastilojen paikat yhteensä, terassia lukuun ottamatta. Yli 50 asiakaspaikan ravintolalla on oltava pelastussuunnitelma.',
      'Platserna i alla kundutrymmen sammanlagt, uteserveringen oräknad. En restaurang med fler än 50 kundplatser ska ha en räddningsplan.',
      'All customer rooms together, not counting the terrace. A restaurant with more than 50 customer places must have a rescue plan.',
    ),
    min: 0,
    max: 100_000,
  },
  {
    key: 'maxPersons',
    type: 'integer',
    step: 'premises',
    order: 90,
    label: t(
      'Suurin henkilömäärä tiloissa',
      'Största antal personer i lokalerna',
      'Maximum number of people on the premises',
    ),
    help: t(
      'Asiakkaat ja henkilökunta yhteensä enimmillään samaan aikaan.',
      'Kunder och personal sammanlagt som mest samtidigt.',
      'Customers and staff together at the busiest time.',
    ),
    min: 1,
    max: 100_000,
  },
  {
    key: 'premisesTenure',
    type: 'select',
    step: 'premises',
    order: 100,
    label: t('Oikeus toimitilaan', 'Rätt till lokalen', 'Right to the premises'),
    options: [
      { value: 'owner', label: t('Omistaja', 'Ägare', 'Owner') },
      { value: 'tenant', label: t('Vuokralainen', 'Hyresgäst', 'Tenant') },
    ],
  },
  {
    key: 'premisesFloorPlan',
    type: 'attachment',
    step: 'premises',
    order: 110,
    label: t('Pohjapiirros', 'Planritning', 'Floor plan'),
    help: t(
      'Tilat ja niiden käyttötarkoitus, laitteet ja kalusteet sekä asiakaspaikat. Sama piirros käy elintarvikevalvonnalle, anniskeluluvalle ja rakennusvalvonnalle.',
      'Utrymmena och deras användning, utrustning och möbler samt kundplatserna. Samma ritning går till livsmedelstillsynen, serveringstillståndet och byggnadstillsynen.',
      'The rooms and their use, equipment and furniture, and the customer places. The same plan serves food control, the serving licence and building control.',
    ),
  },
  {
    key: 'propertyOwnerConsent',
    type: 'attachment',
    step: 'premises',
    order: 120,
    label: t(
      'Kiinteistön omistajan tai taloyhtiön suostumus',
      'Fastighetsägarens eller bostadsbolagets samtycke',
      'Consent of the property owner or housing company',
    ),
  },

  // --- food ----------------------------------------------------------------------------
  yesNo(
    'servesFood',
    'food',
    10,
    t(
      'Tarjoillaanko tai valmistetaanko asiakkaille ruokaa tai juomia?',
      'Serveras eller tillreds mat eller drycker för kunderna?',
      'Will food or drinks be served or prepared for customers?',
    ),
    t(
      'Kaikki ammattimainen ruoan tai juoman tarjoilu ja käsittely on elintarviketoimintaa, myös kahvila ja baari.',
      'All yrkesmässig servering och hantering av mat eller dryck är livsmedelsverksamhet, också ett kafé och en bar.',
      'Any professional serving or handling of food or drink is a food business, a café and a bar included.',
    ),
  ),
  yesNo(
    'animalProductsSupplied',
    'food',
    20,
    t(
      'Toimitetaanko eläinperäisiä elintarvikkeita muille elintarvikeyrityksille?',
      'Levereras livsmedel av animaliskt ursprung till andra livsmedelsföretag?',
      'Will food of animal origin be supplied to other food businesses?',
    ),
    t(
      'Esimerkiksi lihaa, kalaa, maitoa tai munia sisältäviä tuotteita muille yrityksille enemmän kuin vähäisessä, paikallisessa ja rajoitetussa määrin. Silloin tarvitaan hyväksytty laitos ilmoituksen sijaan.',
      'Till exempel produkter med kött, fisk, mjölk eller ägg till andra företag i mer än marginell, lokal och begränsad omfattning. Då behövs en godkänd anläggning i stället för en anmälan.',
      'For example products with meat, fish, milk or eggs supplied to other businesses beyond marginal, local and restricted volumes. This needs an approved establishment instead of a notification.',
    ),
  ),
  {
    key: 'foodActivityDescription',
    type: 'longText',
    step: 'food',
    order: 30,
    label: t(
      'Elintarviketoiminnan laatu ja laajuus',
      'Livsmedelsverksamhetens art och omfattning',
      'Type and scope of the food business',
    ),
    help: t(
      'Mitä ruokia valmistetaan ja tarjoillaan, käsiteltävät raaka-aineet, kylmä- ja lämminsäilytys sekä mahdollinen kuljetus.',
      'Vilka rätter som tillreds och serveras, de råvaror som hanteras, kyl- och varmhållning samt eventuell transport.',
      'What is cooked and served, the raw materials handled, cold and hot holding, and any transport.',
    ),
    maxLength: LONG,
  },
  {
    key: 'portionsPerDay',
    type: 'integer',
    step: 'food',
    order: 40,
    label: t('Annoksia päivässä', 'Portioner per dag', 'Portions a day'),
    help: t(
      'Arvio valmistettavista tai tarjoiltavista annoksista. Grilli tai yli 50 valmistettua tai yli 100 tarjoiltua annosta päivässä edellyttää yleensä rasvanerotinta.',
      'En uppskattning av tillredda eller serverade portioner. En grill eller fler än 50 tillredda eller 100 serverade portioner per dag kräver vanligen en fettavskiljare.',
      'An estimate of the portions cooked or served. A grill, or over 50 portions cooked or over 100 served a day, usually calls for a grease separator.',
    ),
    min: 0,
    max: 100_000,
  },
  {
    key: 'foodWaterAndWaste',
    type: 'longText',
    step: 'food',
    order: 50,
    label: t(
      'Vesi, viemäröinti ja jätehuolto',
      'Vatten, avlopp och avfallshantering',
      'Water, drainage and waste',
    ),
    help: t(
      'Talousvesi, viemäröinti ja rasvanerotin, jätteiden lajittelu sekä henkilökunnan sosiaalitilat.',
      'Hushållsvatten, avlopp och fettavskiljare, sortering av avfall samt personalens sociala utrymmen.',
      'Drinking water, drainage and grease separator, waste sorting, and the staff facilities.',
    ),
    maxLength: LONG,
  },
  {
    key: 'ownCheckPlan',
    type: 'attachment',
    step: 'food',
    order: 60,
    label: t('Omavalvontasuunnitelma', 'Plan för egenkontroll', 'Own-check plan'),
    help: t(
      'Liitetään laitoshyväksyntää haettaessa. Ilmoituksen tekevällä ravintolalla suunnitelma on oltava, mutta sitä ei lähetetä.',
      'Bifogas när godkännande av anläggning söks. En restaurang som gör en anmälan ska ha planen men skickar den inte.',
      'Attached to an application for establishment approval. A restaurant that files a notification must have the plan but does not send it.',
    ),
  },

  // --- alcohol -------------------------------------------------------------------------
  yesNo(
    'restaurantServesAlcohol',
    'alcohol',
    5,
    t(
      'Anniskellaanko ravintolassa alkoholijuomia?',
      'Serveras alkoholdrycker i restaurangen?',
      'Will the restaurant serve alcoholic drinks?',
    ),
    t(
      'Alkoholijuomia ovat juomat, joissa on yli 2,8 tilavuusprosenttia alkoholia, esimerkiksi olut, siideri ja viini.',
      'Alkoholdrycker är drycker som innehåller mer än 2,8 volymprocent alkohol, till exempel öl, cider och vin.',
      'Alcoholic drinks are those containing more than 2.8 % alcohol by volume, such as beer, cider and wine.',
    ),
  ),
  {
    key: 'servingLicenceTerm',
    type: 'select',
    step: 'alcohol',
    order: 15,
    label: t('Anniskeluluvan voimassaolo', 'Serveringstillståndets giltighet', 'Term of the serving licence'),
    help: t(
      'Ympärivuotinen ravintola hakee toistaiseksi voimassa olevaa lupaa, kausiravintola tavallisesti määräaikaista.',
      'En restaurang som är öppen året runt söker ett tillstånd som gäller tills vidare, en säsongsrestaurang vanligen ett tidsbegränsat.',
      'A year-round restaurant applies for a permanent licence, a seasonal one usually for a fixed-term licence.',
    ),
    options: [
      { value: 'permanent', label: t('Toistaiseksi', 'Tills vidare', 'Permanent') },
      { value: 'fixed-term', label: t('Määräaikainen', 'Tidsbegränsat', 'Fixed term') },
    ],
  },

  // --- terrace -------------------------------------------------------------------------
  {
    key: 'terraceLocation',
    type: 'select',
    step: 'area',
    order: 5,
    label: t(
      'Onko ravintolalla ulkoterassi, ja missä?',
      'Har restaurangen en uteservering, och var?',
      'Will the restaurant have an outdoor terrace, and where?',
    ),
    options: [
      { value: 'none', label: t('Ei terassia', 'Ingen uteservering', 'No terrace') },
      {
        value: 'city-street-or-park',
        label: t(
          'Kaupungin kadulla, torilla tai puistossa',
          'På stadens gata, torg eller park',
          'On a city street, square or park',
        ),
      },
      {
        value: 'private-land',
        label: t(
          'Yksityisellä maalla, esimerkiksi taloyhtiön pihalla tai kauppakeskuksessa',
          'På privat mark, till exempel på bostadsbolagets gård eller i ett köpcentrum',
          'On private land, such as a housing company’s yard or a shopping centre',
        ),
      },
    ],
  },
  yesNo(
    'terraceStructures',
    'area',
    6,
    t(
      'Rakennetaanko terassille aitoja, lattiatasoja, katoksia tai lasituksia?',
      'Byggs staket, golv, tak eller inglasning på uteserveringen?',
      'Will the terrace have fences, platforms, roofs or glazing?',
    ),
    t(
      'Kevyet köysiaidat eivät yleensä ole rakenteita. Lasitettu katuterassi tarvitsee aina rakennusvalvonnan luvan.',
      'Lätta repavspärrningar räknas i regel inte som konstruktioner. En inglasad uteservering på gatan kräver alltid tillstånd av byggnadstillsynen.',
      'Light rope barriers usually do not count as structures. A glazed street terrace always needs a building control permit.',
    ),
  ),
  {
    key: 'terraceSeason',
    type: 'select',
    step: 'area',
    order: 30,
    label: t('Terassikausi', 'Säsong för uteserveringen', 'Terrace season'),
    help: t(
      'Esimerkiksi Helsingissä kesäkausi on 1.4.–31.10. ja talvikausi 1.11.–31.3.',
      'Till exempel i Helsingfors är sommarsäsongen 1.4–31.10 och vintersäsongen 1.11–31.3.',
      'In Helsinki, for example, the summer season runs 1 April – 31 October and the winter season 1 November – 31 March.',
    ),
    options: [
      { value: 'summer', label: t('Kesäkausi', 'Sommarsäsong', 'Summer season') },
      { value: 'winter', label: t('Talvikausi', 'Vintersäsong', 'Winter season') },
      { value: 'year-round', label: t('Ympäri vuoden', 'Året runt', 'All year') },
    ],
  },
  {
    key: 'terraceCustomerPlaces',
    type: 'integer',
    step: 'area',
    order: 40,
    label: t('Terassin asiakaspaikat', 'Uteserveringens kundplatser', 'Customer places on the terrace'),
    min: 1,
    max: 10_000,
  },
  {
    key: 'terracePlan',
    type: 'attachment',
    step: 'area',
    order: 50,
    label: t(
      'Terassin sijainti- ja pohjapiirros',
      'Läges- och planritning över uteserveringen',
      'Terrace location and floor plan',
    ),
    help: t(
      'Sijaintipiirros 1:500 sekä pohjapiirros 1:50 tai 1:100, josta näkyvät mitat, kalusteet, kulkuväylät, sisäänkäynnit ja jalankulkijoille vapaaksi jäävä leveys.',
      'Lägesritning 1:500 och planritning 1:50 eller 1:100 med mått, möbler, gångvägar, ingångar och den bredd som lämnas fri för fotgängare.',
      'A location plan at 1:500 and a floor plan at 1:50 or 1:100 showing dimensions, furniture, walkways, entrances and the width left free for pedestrians.',
    ),
  },

  // --- change of use and alterations -------------------------------------------------------
  yesNo(
    'premisesApprovedForRestaurant',
    'building',
    10,
    t(
      'Onko tila rakennusluvassa hyväksytty ravintolakäyttöön?',
      'Är lokalen godkänd för restaurangbruk i bygglovet?',
      'Are the premises approved for restaurant use in their building permit?',
    ),
    t(
      'Vastaa ei, jos tila on ollut esimerkiksi myymälä, toimisto, varasto tai asunto. Helsingissä myös kahvilasta ravintolaksi muuttaminen on käyttötarkoituksen muutos.',
      'Svara nej om lokalen till exempel har varit en butik, ett kontor, ett lager eller en bostad. I Helsingfors är också ändring från kafé till restaurang en ändring av användningsändamålet.',
      'Answer no if the premises were, for example, a shop, office, storage or a dwelling. In Helsinki, turning a café into a restaurant is a change of use too.',
    ),
  ),
  yesNo(
    'constructionWorks',
    'building',
    20,
    t(
      'Tehdäänkö tiloihin rakennus- tai talotekniikan muutostöitä?',
      'Görs ändringsarbeten i byggnaden eller dess tekniska system?',
      'Will there be building works or changes to building services?',
    ),
    t(
      'Esimerkiksi keittiön poistoilma tai ilmanvaihto, WC- ja märkätilat, seinät, poistumistiet, palo-osastointi, ääneneristys tai esteettömyys.',
      'Till exempel köksutsug eller ventilation, toaletter och våtrum, väggar, utrymningsvägar, brandsektionering, ljudisolering eller tillgänglighet.',
      'For example kitchen exhaust or ventilation, WCs and wet rooms, walls, escape routes, fire compartments, sound insulation or accessibility.',
    ),
  ),
  yesNo(
    'smokingRoom',
    'building',
    30,
    t(
      'Tuleeko ravintolaan tupakointitila?',
      'Får restaurangen ett rökrum?',
      'Will the restaurant have a smoking room?',
    ),
  ),
  {
    key: 'worksDescription',
    type: 'longText',
    step: 'building',
    order: 40,
    label: t('Muutostöiden kuvaus', 'Beskrivning av ändringsarbetena', 'Description of the works'),
    help: t(
      'Mitä tiloihin tehdään: ilmanvaihto ja keittiön poistoilma, ääneneristys, WC:t, esteettömyys, poistumistiet ja paloturvallisuus.',
      'Vad som görs i lokalerna: ventilation och köksutsug, ljudisolering, toaletter, tillgänglighet, utrymningsvägar och brandsäkerhet.',
      'What will be done: ventilation and kitchen exhaust, sound insulation, WCs, accessibility, escape routes and fire safety.',
    ),
    maxLength: LONG,
  },
  {
    key: 'buildingOwnerName',
    type: 'text',
    step: 'building',
    order: 50,
    label: t(
      'Kiinteistön omistaja tai taloyhtiö',
      'Fastighetsägare eller bostadsbolag',
      'Property owner or housing company',
    ),
    help: t(
      'Rakentamisluvan hakija on yleensä kiinteistön omistaja tai taloyhtiö; toiminnanharjoittaja tarvitsee sen valtuutuksen.',
      'Den som söker bygglov är i regel fastighetsägaren eller bostadsbolaget; verksamhetsutövaren behöver dess fullmakt.',
      'The construction permit is usually applied for by the property owner or housing company; the operator needs its authorisation.',
    ),
    maxLength: TEXT,
  },
  {
    key: 'mainDesignerName',
    type: 'text',
    step: 'building',
    order: 60,
    label: t('Pääsuunnittelija', 'Huvudprojekterare', 'Principal designer'),
    maxLength: TEXT,
  },
  {
    key: 'buildingDrawings',
    type: 'attachment',
    step: 'building',
    order: 70,
    label: t('Pääpiirustukset', 'Huvudritningar', 'Main drawings'),
  },

  // --- signs ---------------------------------------------------------------------------
  yesNo(
    'advertisingSign',
    'sign',
    10,
    t(
      'Tuleeko julkisivuun mainoskyltti, valomainos, markiisi tai suuri ikkunateippaus?',
      'Sätts en reklamskylt, ljusreklam, markis eller stor fönsterdekor upp på fasaden?',
      'Will there be a sign, light box, awning or large window sticker on the façade?',
    ),
    t(
      'Kunnan rakennusjärjestys ratkaisee, mitkä mainoslaitteet voi asentaa ilman lupaa. Katualueelle sijoitettavista laitteista päättää lisäksi kaupunki maanomistajana.',
      'Kommunens byggnadsordning avgör vilka reklamanordningar som får sättas upp utan tillstånd. För anordningar på gatuområde beslutar dessutom staden som markägare.',
      'The municipality’s building ordinance decides which signs may go up without a permit. Anything placed on street area also needs the city as landowner.',
    ),
  ),
  {
    key: 'signDescription',
    type: 'longText',
    step: 'sign',
    order: 20,
    label: t('Mainoslaitteiden kuvaus', 'Beskrivning av reklamanordningarna', 'Description of the signs'),
    help: t(
      'Mitat, materiaalit ja valaistus (myös digitaaliset näytöt), kiinnityskorkeus ja alle jäävä vapaa korkeus.',
      'Mått, material och belysning (också digitala skärmar), monteringshöjd och fri höjd under.',
      'Dimensions, materials and lighting (digital displays included), mounting height and the free height beneath.',
    ),
    maxLength: LONG,
  },
  {
    key: 'signDrawing',
    type: 'attachment',
    step: 'sign',
    order: 30,
    label: t(
      'Julkisivupiirros tai kuvasovitus',
      'Fasadritning eller fotomontage',
      'Façade drawing or photomontage',
    ),
  },

  // --- music outdoors --------------------------------------------------------------------
  yesNo(
    'outdoorAmplifiedMusic',
    'sound',
    5,
    t(
      'Soitetaanko terassilla tai muualla ulkona vahvistettua musiikkia tai ääntä?',
      'Spelas förstärkt musik eller ljud på uteserveringen eller annars utomhus?',
      'Will amplified music or sound be played on the terrace or elsewhere outdoors?',
    ),
    t(
      'Esimerkiksi kaiuttimista soitettava musiikki, esiintyjät tai urheilulähetykset. Sisätilojen musiikista ei tehdä meluilmoitusta.',
      'Till exempel musik i högtalare, artister eller sportsändningar. För musik inomhus görs ingen bulleranmälan.',
      'For example music over loudspeakers, performers or sports screenings. Indoor music needs no noise notification.',
    ),
  ),

  // --- safety --------------------------------------------------------------------------
  {
    key: 'rescuePlanDocument',
    type: 'attachment',
    step: 'safety',
    order: 100,
    label: t('Pelastussuunnitelma', 'Räddningsplan', 'Rescue plan'),
    help: t(
      'Vaarat ja turvallisuusjärjestelyt, poistumistiet ja kokoontumispaikka, alkusammutuskalusto sekä henkilökunnan ohjeet ja koulutus.',
      'Risker och säkerhetsarrangemang, utrymningsvägar och återsamlingsplats, utrustning för första släckning samt personalens instruktioner och utbildning.',
      'Hazards and safety arrangements, exits and the assembly point, first-aid firefighting equipment, and staff instructions and training.',
    ),
  },
]

// ---------------------------------------------------------------------------------------
// Permit types (new ones; the noise notification is the public event's)
// ---------------------------------------------------------------------------------------

type ElementRef = PermitType['elements'][number]
const req = (...keys: string[]): ElementRef[] => keys.map((key) => ({ key, isRequired: true }))
const opt = (...keys: string[]): ElementRef[] => keys.map((key) => ({ key, isRequired: false }))

/** The operator, contact person and restaurant: asked once, sent to every permit. */
const sharedElements: ElementRef[] = req(
  'organiserName',
  'organiserBusinessId',
  'organiserAddress',
  'organiserPostcode',
  'organiserPostOffice',
  'contactName',
  'contactPhone',
  'contactEmail',
  'restaurantTradeName',
  'restaurantAddress',
  'municipality',
  'restaurantOpeningDate',
)

const permit = (
  p: Omit<DemoPermitType, 'routing' | 'elements'> & { elements: ElementRef[] },
): DemoPermitType => ({
  ...p,
  routing: { kind: 'by-municipality', authorityKind: p.authorityKind, municipalityElement: 'municipality' },
})

/** The public event's noise notification, which the restaurant bundle lists too. */
export const sharedPermitTypeKeys = ['noise-notification'] as const

export const restaurantPermitTypes: DemoPermitType[] = [
  permit({
    key: 'food-premises-notification',
    name: t(
      'Ilmoitus elintarviketoiminnasta (elintarvikehuoneistoilmoitus)',
      'Anmälan om livsmedelsverksamhet',
      'Food business registration notification',
    ),
    authorityKind: 'environmental-health',
    elements: [
      ...sharedElements,
      ...req(
        'servesFood',
        'restaurantConcept',
        'foodActivityDescription',
        'portionsPerDay',
        'foodWaterAndWaste',
        'indoorCustomerPlaces',
        'premisesFloorPlan',
      ),
      ...opt('openingHours', 'floorAreaM2', 'animalProductsSupplied', 'buildingId'),
    ],
    leadTime: { amount: 28, unit: 'calendar-days' },
    processingDays: 7,
    legalBasis:
      'Elintarvikelaki (297/2021) 10 §; maa- ja metsätalousministeriön asetus elintarvikehygieniasta (318/2021)',
    guidance: t(
      'Ammattimaisesta ruoan ja juoman tarjoilusta ilmoitetaan ravintolan sijaintikunnan elintarvikevalvontaan vähintään neljä viikkoa ennen toiminnan alkua. Ilmoitukseen liitetään pohjapiirros. Ilmoitus tehdään myös, kun toiminta muuttuu olennaisesti (esimerkiksi kahvilasta tulee ravintola tai asiakaspaikkoja tulee lisää) tai toiminnanharjoittaja vaihtuu. Toiminnan saa aloittaa ilman ennakkotarkastusta; ensimmäinen tarkastus tehdään riskin mukaan 1–6 kuukauden kuluessa avaamisesta. Omavalvontasuunnitelma on oltava, vaikka sitä ei lähetetä. Käsittely on maksullinen kunnan taksan mukaan.',
      'Yrkesmässig servering av mat och dryck anmäls till livsmedelstillsynen i den kommun där restaurangen ligger minst fyra veckor innan verksamheten börjar. Till anmälan bifogas en planritning. En anmälan görs också när verksamheten ändras väsentligt (till exempel ett kafé blir en restaurang eller antalet kundplatser ökar) eller när verksamhetsutövaren byts. Verksamheten får börja utan förhandsinspektion; den första inspektionen görs enligt risken 1–6 månader efter öppnandet. En plan för egenkontroll ska finnas, även om den inte skickas in. Behandlingen är avgiftsbelagd enligt kommunens taxa.',
      'Professional serving of food and drink is notified to the food control of the municipality where the restaurant is at least four weeks before the business starts, with a floor plan. A notification is also made when the business changes substantially (for example a café becomes a restaurant or more customer places are added) or the operator changes. The business may start without a prior inspection; the first inspection follows 1–6 months after opening, depending on risk. An own-check plan must exist, though it is not sent. Processing is charged according to the municipality’s fees.',
    ),
  }),
  permit({
    key: 'food-establishment-approval',
    name: t(
      'Elintarvikehuoneiston hyväksyminen (laitoshyväksyntä)',
      'Godkännande av livsmedelslokal (anläggning)',
      'Food establishment approval',
    ),
    authorityKind: 'environmental-health',
    elements: [
      ...sharedElements,
      ...req(
        'animalProductsSupplied',
        'restaurantConcept',
        'foodActivityDescription',
        'portionsPerDay',
        'foodWaterAndWaste',
        'premisesFloorPlan',
        'ownCheckPlan',
      ),
      ...opt('servesFood', 'openingHours', 'floorAreaM2', 'indoorCustomerPlaces', 'buildingId'),
    ],
    leadTime: { amount: 60, unit: 'calendar-days' },
    processingDays: 60,
    legalBasis:
      'Elintarvikelaki (297/2021) 11 §; asetus (EY) N:o 853/2004; maa- ja metsätalousministeriön asetus (318/2021)',
    guidance: t(
      'Jos ravintola toimittaa eläinperäisiä elintarvikkeita (lihaa, kalaa, maitoa tai munia) muille elintarvikeyrityksille enemmän kuin vähäisessä, paikallisessa ja rajoitetussa määrin, elintarvikehuoneisto on hyväksytettävä ilmoituksen sijaan. Toimintaa ei saa aloittaa ennen hyväksymistä, joka tehdään tarkastuksen jälkeen. Viranomainen päättää asiasta 60 päivän kuluessa täydellisestä hakemuksesta, ellei asia vaadi pidempää aikaa. Liitä omavalvontasuunnitelma ja pohjapiirros.',
      'Om restaurangen levererar livsmedel av animaliskt ursprung (kött, fisk, mjölk eller ägg) till andra livsmedelsföretag i mer än marginell, lokal och begränsad omfattning ska livsmedelslokalen godkännas i stället för att anmälas. Verksamheten får inte börja före godkännandet, som ges efter en inspektion. Myndigheten fattar beslut inom 60 dagar från en fullständig ansökan, om inte ärendet kräver längre tid. Bifoga planen för egenkontroll och planritningen.',
      'If the restaurant supplies food of animal origin (meat, fish, milk or eggs) to other food businesses beyond marginal, local and restricted volumes, the premises must be approved instead of notified. The business may not start before the approval, which follows an inspection. The authority decides within 60 days of a complete application unless the case requires longer. Attach the own-check plan and the floor plan.',
    ),
  }),
  permit({
    key: 'premises-serving-licence',
    name: t(
      'Anniskelulupa ravintolalle',
      'Serveringstillstånd för en restaurang',
      'Alcohol serving licence for a restaurant',
    ),
    authorityKind: 'permit-agency',
    elements: [
      ...sharedElements,
      ...req(
        'personsInCharge',
        'restaurantServesAlcohol',
        'servingLicenceTerm',
        'servingAreaDescription',
        'servingAreaCapacity',
        'servingStartTime',
        'servingEndTime',
        'responsibleManagerName',
        'responsibleManagerPhone',
        'ownControlPlanSummary',
        'premisesFloorPlan',
      ),
      ...opt(
        'servingAreaDrawing',
        'indoorCustomerPlaces',
        'terraceLocation',
        'terraceCustomerPlaces',
        'premisesTenure',
        'openingHours',
      ),
    ],
    leadTime: { amount: 60, unit: 'calendar-days' },
    processingDays: 30,
    legalBasis: 'Alkoholilaki (1102/2017) 13, 38 ja 43–45 §',
    guidance: t(
      'Yli 2,8-prosenttisten alkoholijuomien anniskeluun tarvitaan Lupa- ja valvontaviraston anniskelulupa. Lupa on toiminnanharjoittaja- ja toimipaikkakohtainen, joten myös uusi omistaja tarvitsee uuden luvan. Virasto hyväksyy jokaisen anniskelualueen, myös terassin, joka on oltava valvottavissa ja hakijan hallinnassa. Hakijalla on oltava omavalvontasuunnitelma, ja paikalla on aina oltava vastaava hoitaja tai muu vähintään 18-vuotias nimetty henkilö, tavallisesti anniskelupassin suorittanut. Yritys saa luvan vasta rekisteröidyttyään, mutta hakemuksen voi lähettää heti, kun Y-tunnus on olemassa. Käsittely kestää noin kuukauden täydellisestä hakemuksesta; varaa 1–2 kuukautta. Anniskelu kello 1.30 jälkeen edellyttää erillistä ilmoitusta vähintään kolme viikkoa etukäteen (sisätilat) tai lupaa (ulkotilat). Lupa on maksullinen.',
      'För att servera alkoholdrycker med mer än 2,8 volymprocent behövs ett serveringstillstånd från Tillstånds- och tillsynsverket. Tillståndet gäller en verksamhetsutövare och ett serveringsställe, så också en ny ägare behöver ett nytt tillstånd. Verket godkänner varje serveringsområde, också uteserveringen, som ska kunna övervakas och vara i sökandens besittning. Sökanden ska ha en plan för egenkontroll, och en ansvarig föreståndare eller en annan utsedd person som fyllt 18 år ska alltid vara på plats, vanligen med serveringspass. Ett företag får tillståndet först när det är registrerat, men ansökan kan skickas så snart FO-numret finns. Behandlingen tar ungefär en månad från en fullständig ansökan; räkna med 1–2 månader. Servering efter klockan 1.30 kräver en separat anmälan minst tre veckor i förväg (inomhus) eller ett tillstånd (utomhus). Tillståndet är avgiftsbelagt.',
      'Serving drinks over 2.8 % alcohol requires a serving licence from the Finnish Permit and Supervision Agency. The licence is per operator and per premises, so a new owner needs a new licence too. The agency approves each serving area, the terrace included, which must be supervisable and in the applicant’s control. The applicant must have a self-monitoring plan, and a responsible manager or another designated person aged at least 18, usually holding the alcohol passport, must be present whenever the place is open. A company is licensed only once registered, but the application may be sent as soon as the business ID exists. Processing takes about a month from a complete application; plan for one to two months. Serving after 01:30 needs a separate notification at least three weeks before (indoors) or a permit (outdoors). The licence is subject to a fee.',
    ),
  }),
  permit({
    key: 'terrace-area-lease',
    name: t(
      'Terassilupa kaupungin alueelle',
      'Tillstånd för uteservering på stadens område',
      'Terrace permit on city land',
    ),
    authorityKind: 'city-area-use',
    elements: [
      ...sharedElements,
      ...req(
        'terraceLocation',
        'areaSizeM2',
        'terraceSeason',
        'terraceCustomerPlaces',
        'terracePlan',
        'propertyOwnerConsent',
      ),
      ...opt('terraceStructures', 'restaurantServesAlcohol'),
    ],
    leadTime: { amount: 60, unit: 'calendar-days' },
    processingDays: 14,
    legalBasis: 'Kunnan maanomistajan oikeudet (terassilupa tai maanvuokrasopimus); kaupungin terassiohjeet',
    guidance: t(
      'Terassi kaupungin kadulla, torilla tai puistossa edellyttää kaupungin maanomistajana myöntämää terassilupaa tai vuokrasopimusta, joka tehdään kausittain (Helsingissä kesäkausi 1.4.–31.10. ja talvikausi 1.11.–31.3.). Terassi saa Helsingissä viedä enintään puolet jalkakäytävästä, ja vapaata leveyttä on jäätävä vähintään 150 cm ja korkeutta 220 cm; muissa kaupungeissa säännöt vaihtelevat. Liitä sijainti- ja pohjapiirros sekä kiinteistön omistajan suostumus. Yksinkertainen hakemus käsitellään parhaimmillaan 1–2 viikossa, mutta jos terassi tarvitsee myös rakennusvalvonnan tai elintarvikevalvonnan luvan, varaa 6–8 viikkoa. Jos terassilla anniskellaan, anniskelulupa edellyttää terassin hallintaa eli tätä lupaa. Yksityisellä maalla riittää maanomistajan lupa.',
      'En uteservering på stadens gata, torg eller park kräver ett tillstånd eller ett arrendeavtal som staden beviljar som markägare, säsongsvis (i Helsingfors sommarsäsongen 1.4–31.10 och vintersäsongen 1.11–31.3). I Helsingfors får uteserveringen ta högst halva trottoaren, och minst 150 cm fri bredd och 220 cm fri höjd ska lämnas; i andra städer varierar reglerna. Bifoga läges- och planritning samt fastighetsägarens samtycke. En enkel ansökan behandlas i bästa fall på 1–2 veckor, men om uteserveringen också kräver tillstånd av byggnadstillsynen eller livsmedelstillsynen ska du räkna med 6–8 veckor. Om alkohol serveras på uteserveringen förutsätter serveringstillståndet att du har området i din besittning, alltså detta tillstånd. På privat mark räcker markägarens tillstånd.',
      'A terrace on a city street, square or park needs a permit or lease from the city as landowner, granted by season (in Helsinki the summer season is 1 April – 31 October and the winter season 1 November – 31 March). In Helsinki a terrace may take at most half of the pavement, leaving at least 150 cm of free width and 220 cm of free height; other cities have their own rules. Attach the location and floor plan and the property owner’s consent. A simple application takes 1–2 weeks at best, but if the terrace also needs a building-control or food-control permit, allow 6–8 weeks. If alcohol is served on the terrace, the serving licence needs the applicant to control the area, that is, this permit. On private land, the landowner’s consent is enough.',
    ),
  }),
  permit({
    key: 'advertising-sign-permit',
    name: t('Mainoslaitteen lupa', 'Tillstånd för reklamanordning', 'Permit for a sign or awning'),
    authorityKind: 'building-control',
    elements: [
      ...sharedElements,
      ...req('advertisingSign', 'signDescription', 'signDrawing', 'propertyOwnerConsent'),
      ...opt('buildingId'),
    ],
    leadTime: { amount: 45, unit: 'calendar-days' },
    processingDays: 45,
    legalBasis: 'Rakentamislaki (751/2023) ja kunnan rakennusjärjestys',
    guidance: t(
      'Julkisivun mainoskyltit, valomainokset, markiisit ja suuret ikkunateippaukset voivat edellyttää rakennusvalvonnan lupaa. Kunnan rakennusjärjestys ratkaisee, mitkä laitteet voi asentaa ilman lupaa; Helsingissä esimerkiksi rakennusjärjestyksen mukaiset kyltit, joiden alle jää vähintään 2,5 metriä vapaata korkeutta. Useamman yrityksen rakennuksessa tarvitaan mainoslaitteiden yleissuunnitelma. Katualueelle sijoitettavista laitteista päättää lisäksi kaupunki. Helsingissä käsittely kesti aiemmin keskimäärin 45 päivää täydennyksineen. Tarkista kunnan nykyiset säännöt, sillä rakentamislaki muutti lupajärjestelmää 1.1.2025.',
      'Reklamskyltar, ljusreklam, markiser och stora fönsterdekor på fasaden kan kräva tillstånd av byggnadstillsynen. Kommunens byggnadsordning avgör vilka som får sättas upp utan tillstånd; i Helsingfors till exempel skyltar som följer byggnadsordningen och lämnar minst 2,5 meter fri höjd under sig. I en byggnad med flera företag behövs en översiktsplan för reklamanordningarna. För anordningar på gatuområde beslutar dessutom staden. I Helsingfors tog behandlingen tidigare i genomsnitt 45 dagar inklusive kompletteringar. Kontrollera kommunens nuvarande regler, eftersom bygglagen ändrade tillståndssystemet den 1 januari 2025.',
      'Signs, light boxes, awnings and large window stickers on the façade may need a permit from building control. The municipality’s building ordinance decides which may go up without one; in Helsinki, for example, signs that follow the ordinance and leave at least 2.5 metres of free height beneath. A building with several businesses needs a master plan for its signs. Anything placed on street area also needs the city’s consent. In Helsinki, processing used to take 45 days on average including supplements. Check the municipality’s current rules, as the Building Act changed the permit system on 1 January 2025.',
    ),
  }),
  permit({
    key: 'change-of-use-permit',
    name: t(
      'Rakentamislupa käyttötarkoituksen muutokseen tai muutostöihin',
      'Bygglov för ändrat användningsändamål eller ändringsarbeten',
      'Construction permit for a change of use or alterations',
    ),
    authorityKind: 'building-control',
    elements: [
      ...sharedElements,
      ...req(
        'worksDescription',
        'buildingOwnerName',
        'mainDesignerName',
        'buildingDrawings',
        'premisesFloorPlan',
        'floorAreaM2',
        'indoorCustomerPlaces',
        'maxPersons',
        'propertyOwnerConsent',
      ),
      ...opt(
        'premisesApprovedForRestaurant',
        'constructionWorks',
        'smokingRoom',
        'terraceStructures',
        'buildingId',
        'portionsPerDay',
      ),
    ],
    leadTime: { amount: 120, unit: 'calendar-days' },
    processingDays: 57,
    legalBasis: 'Rakentamislaki (751/2023) 42 §; valtioneuvoston asetus esteettömyydestä (241/2017)',
    guidance: t(
      'Ravintola saa toimia vain tiloissa, jotka on hyväksytty ravintolakäyttöön. Rakentamislupa tarvitaan aina, kun käyttötarkoitus muuttuu (esimerkiksi myymälästä tai kahvilasta ravintolaksi), tilaa laajennetaan tai muutostyöt vaikuttavat turvallisuuteen tai terveyteen: keittiön poistoilma ja ilmanvaihto, poistumistiet, palo-osastointi, märkätilat, rakenteet tai ääneneristys naapureihin. Luvan tarvitsevat myös tupakointitila ja terassin kiinteät rakenteet tai lasitus. Hakija on yleensä kiinteistön omistaja tai taloyhtiö, ja rakennusvalvonnan kanssa kannattaa pitää ennakkoneuvottelu. Helsingissä lupa kesti aiemmin keskimäärin 57 päivää jättämisestä; lisäksi tarvitaan suunnittelu, työt ja luvassa määrätyt katselmukset ennen tilojen käyttöönottoa, joten aloita kuukausia ennen avaamista. Suunnitelmassa otetaan huomioon myös rasvanerotin vesihuoltolaitoksen ehtojen mukaan.',
      'En restaurang får bara verka i lokaler som är godkända för restaurangbruk. Bygglov behövs alltid när användningsändamålet ändras (till exempel från butik eller kafé till restaurang), lokalen utvidgas eller ändringsarbetena påverkar säkerheten eller hälsan: köksutsug och ventilation, utrymningsvägar, brandsektionering, våtrum, konstruktioner eller ljudisolering mot grannarna. Tillstånd behövs också för ett rökrum och för fasta konstruktioner eller inglasning på uteserveringen. Sökanden är i regel fastighetsägaren eller bostadsbolaget, och ett förhandsmöte med byggnadstillsynen lönar sig. I Helsingfors tog tillståndet tidigare i genomsnitt 57 dagar från inlämnandet; därtill kommer projektering, arbeten och de syner som tillståndet föreskriver innan lokalen tas i bruk, så börja månader före öppnandet. I planen beaktas också fettavskiljaren enligt vattentjänstverkets villkor.',
      'A restaurant may operate only in premises approved for restaurant use. A construction permit is always needed when the use changes (for example from a shop or café to a restaurant), when the premises are extended, or when works affect safety or health: kitchen exhaust and ventilation, escape routes, fire compartments, wet rooms, structures or sound insulation towards neighbours. A smoking room and fixed structures or glazing on the terrace need a permit too. The applicant is usually the property owner or housing company, and a pre-meeting with building control is expected. In Helsinki the permit used to take 57 days on average from filing; add design, the works and the inspections named in the permit before the premises may be used, so start months before opening. The plans also cover a grease separator under the water utility’s terms.',
    ),
  }),
  permit({
    key: 'restaurant-rescue-plan',
    name: t(
      'Ravintolan pelastussuunnitelma',
      'Räddningsplan för en restaurang',
      'Rescue plan for a restaurant',
    ),
    authorityKind: 'rescue',
    elements: [
      ...sharedElements,
      ...req('indoorCustomerPlaces', 'maxPersons', 'emergencyExits', 'fireRisks'),
      ...opt('rescuePlanDocument', 'premisesFloorPlan', 'terraceCustomerPlaces', 'floorAreaM2'),
    ],
    leadTime: { amount: 0, unit: 'calendar-days' },
    processingDays: 0,
    legalBasis: 'Pelastuslaki (379/2011) 15 §; valtioneuvoston asetus pelastustoimesta (407/2011) 1–2 §',
    guidance: t(
      'Ravintolalla, jossa on yli 50 asiakaspaikkaa, on oltava pelastussuunnitelma. Suunnitelmaa ei hyväksytetä, mutta sen on oltava valmiina avaamispäivänä ja nähtävillä ravintolassa; Lupa välittää sen tiedoksi pelastuslaitokselle. Suunnitelmassa kuvataan vaarat ja turvallisuusjärjestelyt, poistumistiet ja kokoontumispaikka, alkusammutuskalusto sekä henkilökunnan ohjeet ja koulutus. Pelastuslaitos valvoo ravintoloita riskiperusteisesti palotarkastuksin. Tarkista pelastuslaitokselta, lasketaanko terassin paikat mukaan ja pyytääkö se suunnitelman erikseen.',
      'En restaurang med fler än 50 kundplatser ska ha en räddningsplan. Planen godkänns inte, men den ska vara klar på öppningsdagen och finnas tillgänglig i restaurangen; Lupa förmedlar den för kännedom till räddningsverket. Planen beskriver risker och säkerhetsarrangemang, utrymningsvägar och återsamlingsplats, utrustning för första släckning samt personalens instruktioner och utbildning. Räddningsverket övervakar restauranger riskbaserat med brandsyner. Kontrollera med räddningsverket om platserna på uteserveringen räknas med och om det vill få planen separat.',
      'A restaurant with more than 50 customer places must have a rescue plan. The plan is not approved, but it must be ready on the opening day and kept on the premises; Lupa passes it to the rescue department for information. It covers hazards and safety arrangements, exits and the assembly point, first-aid firefighting equipment, and staff instructions and training. The rescue department supervises restaurants by risk-based fire inspections. Check with the rescue department whether terrace places count and whether it wants the plan sent in.',
    ),
  }),
]

/** Authority kinds that receive the restaurant's own permit types. */
const restaurantKinds = new Set<AuthorityKind>(restaurantPermitTypes.map((p) => p.authorityKind))

/**
 * The demo's authorities with the restaurant's permit types joined: every authority joins
 * the restaurant permit types routed to its kind, on top of the public event's. The demo
 * has an authority of every kind in every demo municipality, so none is added.
 */
export const demoCatalogueAuthorities: DemoAuthority[] = demoAuthorities.map((authority) =>
  restaurantKinds.has(authority.kind)
    ? {
        ...authority,
        permitTypes: [
          ...authority.permitTypes,
          ...restaurantPermitTypes
            .filter((permitType) => permitType.authorityKind === authority.kind)
            .map((permitType) => permitType.key),
        ],
      }
    : authority,
)

// ---------------------------------------------------------------------------------------
// Analysis rules (JSON Logic over the analysis answers)
// ---------------------------------------------------------------------------------------

const v = (key: string) => ({ var: key })
const isTrue = (key: string): JsonLogicRule => ({ '===': [v(key), true] })
const isFalse = (key: string): JsonLogicRule => ({ '===': [v(key), false] })
const notTrue = (key: string): JsonLogicRule => ({ '!==': [v(key), true] })

/** A 'HH:MM' time after 22:00 the same evening or, past midnight, before 06:00; empty never. */
const after22 = (key: string): JsonLogicRule => ({
  and: [{ '!!': v(key) }, { or: [{ '>': [v(key), '22:00'] }, { '<': [v(key), '06:00'] }] }],
})

const rule = (id: string, when: JsonLogicRule, reason: LocalizedText) => ({ id, when, reason })

export const restaurantBundleDescription: LocalizedText = t(
  'Kun avaat ravintolan, kahvilan tai baarin, tarvitset ilmoituksen kunnan elintarvikevalvontaan ja usein myös anniskeluluvan Lupa- ja valvontavirastolta, terassiluvan kaupungilta, rakennusvalvonnan luvan käyttötarkoituksen muutokseen tai mainoskylttiin sekä pelastussuunnitelman. Vastaa ensin muutamaan kysymykseen, niin näet, mitä ravintolasi edellyttää, keneltä ja mihin mennessä ennen avaamista. Sen jälkeen täytät yhden hakemuksen: kukin tieto kysytään vain kerran, ja Lupa välittää ilmoitukset ja hakemukset oikeille viranomaisille.',
  'När du öppnar en restaurang, ett kafé eller en bar behöver du en anmälan till kommunens livsmedelstillsyn och ofta också ett serveringstillstånd från Tillstånds- och tillsynsverket, ett tillstånd för uteservering från staden, byggnadstillsynens tillstånd för ändrat användningsändamål eller en reklamskylt samt en räddningsplan. Svara först på några frågor, så ser du vad din restaurang kräver, av vem och när före öppnandet. Därefter fyller du i en enda ansökan: varje uppgift efterfrågas bara en gång och Lupa förmedlar anmälningarna och ansökningarna till rätt myndigheter.',
  'Opening a restaurant, café or bar takes a notification to the municipality’s food control and often an alcohol serving licence from the Finnish Permit and Supervision Agency, a terrace permit from the city, a building-control permit for a change of use or a sign, and a rescue plan. Answer a few questions first to see what your restaurant needs, from whom and by when before the opening. Then fill in a single application: each detail is asked only once, and Lupa forwards the notifications and applications to the right authorities.',
)

export const restaurantBundle: PermitBundle = {
  key: 'restaurant',
  name: t('Ravintolan perustaminen', 'Att starta en restaurang', 'Starting a restaurant'),
  analysisElements: [
    'municipality',
    'restaurantOpeningDate',
    'servesFood',
    'animalProductsSupplied',
    'restaurantServesAlcohol',
    'indoorCustomerPlaces',
    'terraceLocation',
    'terraceStructures',
    'premisesApprovedForRestaurant',
    'constructionWorks',
    'smokingRoom',
    'advertisingSign',
    'outdoorAmplifiedMusic',
    'soundEndTime',
  ],
  steps,
  permits: [
    {
      permitType: 'food-premises-notification',
      rules: [
        rule(
          'food-served',
          { and: [isTrue('servesFood'), notTrue('animalProductsSupplied')] },
          t(
            'Ravintolassa tarjoillaan tai valmistetaan ruokaa tai juomia asiakkaille',
            'Restaurangen serverar eller tillreder mat eller drycker för kunderna',
            'The restaurant serves or prepares food or drinks for customers',
          ),
        ),
      ],
      notNeededReason: t(
        'Ilmoitusta elintarviketoiminnasta ei tarvita, koska ravintola ei tarjoile ruokaa tai juomia, tai elintarvikehuoneisto hyväksytetään ilmoituksen sijaan.',
        'Ingen anmälan om livsmedelsverksamhet behövs, eftersom restaurangen inte serverar mat eller drycker, eller livsmedelslokalen godkänns i stället för att anmälas.',
        'No food business notification is needed: the restaurant serves no food or drinks, or the premises are approved instead of notified.',
      ),
    },
    {
      permitType: 'food-establishment-approval',
      rules: [
        rule(
          'animal-products-supplied',
          isTrue('animalProductsSupplied'),
          t(
            'Ravintola toimittaa eläinperäisiä elintarvikkeita muille elintarvikeyrityksille',
            'Restaurangen levererar livsmedel av animaliskt ursprung till andra livsmedelsföretag',
            'The restaurant supplies food of animal origin to other food businesses',
          ),
        ),
      ],
      notNeededReason: t(
        'Laitoshyväksyntää ei tarvita, koska ravintola ei toimita eläinperäisiä elintarvikkeita muille elintarvikeyrityksille.',
        'Inget godkännande av anläggning behövs, eftersom restaurangen inte levererar livsmedel av animaliskt ursprung till andra livsmedelsföretag.',
        'No establishment approval is needed: the restaurant does not supply food of animal origin to other food businesses.',
      ),
    },
    {
      permitType: 'premises-serving-licence',
      rules: [
        rule(
          'alcohol-served',
          isTrue('restaurantServesAlcohol'),
          t(
            'Ravintolassa anniskellaan alkoholijuomia',
            'Restaurangen serverar alkoholdrycker',
            'The restaurant serves alcoholic drinks',
          ),
        ),
      ],
      notNeededReason: t(
        'Anniskelulupaa ei tarvita, koska ravintolassa ei anniskella yli 2,8-prosenttisia alkoholijuomia.',
        'Inget serveringstillstånd behövs, eftersom restaurangen inte serverar alkoholdrycker med mer än 2,8 volymprocent.',
        'No serving licence is needed: the restaurant serves no drinks over 2.8 % alcohol.',
      ),
    },
    {
      permitType: 'terrace-area-lease',
      rules: [
        rule(
          'terrace-on-city-land',
          { '===': [v('terraceLocation'), 'city-street-or-park'] },
          t(
            'Ravintolan terassi on kaupungin kadulla, torilla tai puistossa',
            'Restaurangens uteservering ligger på stadens gata, torg eller park',
            'The restaurant’s terrace is on a city street, square or park',
          ),
        ),
      ],
      notNeededReason: t(
        'Kaupungin terassilupaa ei tarvita, koska terassia ei ole tai se on yksityisellä maalla. Yksityisellä maalla sovi terassista maanomistajan kanssa.',
        'Inget tillstånd för uteservering från staden behövs, eftersom det inte finns någon uteservering eller den ligger på privat mark. På privat mark kommer du överens med markägaren.',
        'No city terrace permit is needed: there is no terrace, or it is on private land. On private land, agree on the terrace with the landowner.',
      ),
    },
    {
      permitType: 'advertising-sign-permit',
      rules: [
        rule(
          'sign-on-facade',
          isTrue('advertisingSign'),
          t(
            'Julkisivuun tulee mainoskyltti, valomainos, markiisi tai suuri ikkunateippaus',
            'En reklamskylt, ljusreklam, markis eller stor fönsterdekor sätts upp på fasaden',
            'A sign, light box, awning or large window sticker goes on the façade',
          ),
        ),
      ],
      notNeededReason: t(
        'Mainoslaitteen lupaa ei tarvita, koska julkisivuun ei tule mainoslaitteita. Myös jalkakäytävälle sijoitettavan A-telineen on noudatettava kaupungin sijoitusohjeita.',
        'Inget tillstånd för reklamanordning behövs, eftersom inga reklamanordningar sätts upp på fasaden. Också en gatupratare på trottoaren ska följa stadens placeringsregler.',
        'No sign permit is needed: nothing goes on the façade. An A-board on the pavement must still follow the city’s placement rules.',
      ),
    },
    {
      permitType: 'change-of-use-permit',
      rules: [
        rule(
          'change-of-use',
          isFalse('premisesApprovedForRestaurant'),
          t(
            'Tilaa ei ole hyväksytty ravintolakäyttöön, joten käyttötarkoitus muuttuu',
            'Lokalen är inte godkänd för restaurangbruk, så användningsändamålet ändras',
            'The premises are not approved for restaurant use, so their use changes',
          ),
        ),
        rule(
          'construction-works',
          isTrue('constructionWorks'),
          t(
            'Tiloihin tehdään rakennus- tai talotekniikan muutostöitä',
            'Ändringsarbeten görs i byggnaden eller dess tekniska system',
            'Building works or changes to building services are planned',
          ),
        ),
        rule(
          'smoking-room',
          isTrue('smokingRoom'),
          t(
            'Ravintolaan rakennetaan tupakointitila',
            'Ett rökrum byggs i restaurangen',
            'A smoking room is built in the restaurant',
          ),
        ),
        rule(
          'terrace-structures',
          {
            and: [
              isTrue('terraceStructures'),
              { in: [v('terraceLocation'), ['city-street-or-park', 'private-land']] },
            ],
          },
          t(
            'Terassille rakennetaan aitoja, lattiatasoja, katoksia tai lasituksia',
            'Staket, golv, tak eller inglasning byggs på uteserveringen',
            'Fences, platforms, roofs or glazing are built on the terrace',
          ),
        ),
      ],
      notNeededReason: t(
        'Rakentamislupaa ei tarvita, koska tila on jo hyväksytty ravintolakäyttöön eikä siihen tai terassille tehdä luvanvaraisia muutoksia. Tarkista silti rakennusvalvonnasta, jos toiminta laajenee.',
        'Inget bygglov behövs, eftersom lokalen redan är godkänd för restaurangbruk och inga tillståndspliktiga ändringar görs i den eller på uteserveringen. Kontrollera ändå med byggnadstillsynen om verksamheten utvidgas.',
        'No construction permit is needed: the premises are already approved for restaurant use, and no works needing a permit are done to them or the terrace. Still check with building control if the business grows.',
      ),
    },
    {
      permitType: 'noise-notification',
      rules: [
        rule(
          'music-outdoors-late',
          { and: [isTrue('outdoorAmplifiedMusic'), after22('soundEndTime')] },
          t(
            'Ulkona soitetaan vahvistettua musiikkia tai ääntä kello 22:n jälkeen',
            'Förstärkt musik eller ljud spelas utomhus efter klockan 22',
            'Amplified music or sound is played outdoors after 22:00',
          ),
        ),
      ],
      notNeededReason: t(
        'Meluilmoitusta ei tarvita, koska ulkona ei soiteta vahvistettua musiikkia kello 22:n jälkeen. Tarkista silti kunnan ympäristönsuojelumääräykset: osa kunnista edellyttää ilmoitusta myös sunnuntaisin kello 20:n jälkeen tai kaikesta terassin äänentoistosta.',
        'Ingen bulleranmälan behövs, eftersom ingen förstärkt musik spelas utomhus efter klockan 22. Kontrollera ändå kommunens miljöskyddsföreskrifter: vissa kommuner kräver anmälan också på söndagar efter klockan 20 eller för all ljudåtergivning på uteserveringen.',
        'No noise notification is needed: no amplified music is played outdoors after 22:00. Do check the municipality’s environmental protection regulations: some require a notification on Sundays after 20:00 too, or for any amplified sound on a terrace.',
      ),
    },
    {
      permitType: 'restaurant-rescue-plan',
      rules: [
        rule(
          'over-50-places',
          { '>': [v('indoorCustomerPlaces'), 50] },
          t(
            'Ravintolassa on yli 50 asiakaspaikkaa',
            'Restaurangen har fler än 50 kundplatser',
            'The restaurant has more than 50 customer places',
          ),
        ),
      ],
      notNeededReason: t(
        'Pelastussuunnitelmaa ei vaadita, koska ravintolassa on enintään 50 asiakaspaikkaa. Huolehdi silti poistumisteistä ja alkusammutuskalustosta.',
        'Ingen räddningsplan krävs, eftersom restaurangen har högst 50 kundplatser. Se ändå till att utrymningsvägar och utrustning för första släckning finns.',
        'No rescue plan is required: the restaurant has at most 50 customer places. Still see to exits and first-aid firefighting equipment.',
      ),
    },
  ],
}

// ---------------------------------------------------------------------------------------
// The bundle's own words in the portal (see bundleTextFields.ts)
// ---------------------------------------------------------------------------------------

const keywords = t(
  'ravintola, ravintolan perustaminen, kahvila, baari, pubi, bistro, lounasravintola, terassi, katuterassi, anniskelu, anniskelulupa, alkoholi, elintarvikehuoneisto, elintarvikeilmoitus, elintarvikevalvonta, omavalvonta, käyttötarkoituksen muutos, rakentamislupa, mainoskyltti, mainoslaite, markiisi, pelastussuunnitelma, meluilmoitus',
  'restaurang, starta restaurang, kafé, bar, pub, bistro, lunchrestaurang, uteservering, terrass, servering, serveringstillstånd, alkohol, livsmedelslokal, livsmedelsverksamhet, livsmedelstillsyn, egenkontroll, ändrat användningsändamål, bygglov, reklamskylt, reklamanordning, markis, räddningsplan, bulleranmälan',
  'restaurant, starting a restaurant, café, cafe, bar, pub, bistro, terrace, patio, alcohol, serving licence, liquor licence, food premises, food business, food control, own-check, change of use, building permit, sign, awning, rescue plan, noise',
)

const texts = {
  analysisHeading: t('Kerro ravintolastasi', 'Berätta om din restaurang', 'Tell us about your restaurant'),
  analysisIntro: t(
    'Vastaa kysymyksiin ravintolastasi, niin näet, mitä lupia ja ilmoituksia tarvitset ennen avaamista, miksi, keneltä ja mihin mennessä. Kirjautumista ei tarvita. Kaikki kysymykset ovat vapaaehtoisia, mutta mitä useampaan vastaat, sitä tarkempi tulos on.',
    'Svara på frågorna om din restaurang så ser du vilka tillstånd och anmälningar du behöver före öppnandet, varför, av vem och när. Du behöver inte logga in. Alla frågor är frivilliga, men ju fler du svarar på, desto noggrannare blir resultatet.',
    'Answer the questions about your restaurant to see which permits and notifications you need before opening, why, from whom and by when. No sign-in is needed. Every question is optional, but the more you answer, the more accurate the result.',
  ),
  placeQuestion: t(
    'Missä kunnassa ravintola on?',
    'I vilken kommun ligger restaurangen?',
    'In which municipality is the restaurant?',
  ),
  deadlineSubject: t('avaamista', 'öppnandet', 'the opening'),
  applicantLabel: t('Toiminnanharjoittaja', 'Verksamhetsutövare', 'Operator'),
  repeatHeading: t(
    'Avaatko toisen ravintolan?',
    'Öppnar du ännu en restaurang?',
    'Opening another restaurant?',
  ),
}

/** The restaurant's words, per field and language (for tests and previews). */
export const restaurantWording = { keywords, texts }

/**
 * The bundle fields of the restaurant's wording in one language; `elementIds` gives the ids
 * of the seeded data elements by key. Copying an application is not offered: a restaurant
 * is started once.
 */
export const restaurantTexts = ({
  locale,
  elementIds,
}: {
  locale: Locale
  elementIds: Map<string, StoredDataElement['id']>
}): Pick<
  StoredPermitBundle,
  'keywords' | 'titleElement' | 'startDateElement' | 'isRepeatOffered' | 'texts'
> => ({
  keywords: keywords[locale],
  titleElement: elementIds.get('restaurantTradeName'),
  startDateElement: elementIds.get('restaurantOpeningDate'),
  isRepeatOffered: false,
  texts: Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, text[locale]])),
})

// ---------------------------------------------------------------------------------------
// Worked example (domain-restaurant.md): a 60-seat bistro in Helsinki
// ---------------------------------------------------------------------------------------

/**
 * Analysis answers: a former shop converted into a 60-seat bistro with a 20-seat summer
 * terrace on the city street, serving alcohol, with a sign on the façade and no music
 * outdoors.
 */
export const restaurantWorkedExampleAnswers: DataValues = {
  municipality: '091',
  restaurantOpeningDate: '2027-05-03',
  servesFood: true,
  animalProductsSupplied: false,
  restaurantServesAlcohol: true,
  indoorCustomerPlaces: 60,
  terraceLocation: 'city-street-or-park',
  terraceStructures: false,
  premisesApprovedForRestaurant: false,
  constructionWorks: true,
  smokingRoom: false,
  advertisingSign: true,
  outdoorAmplifiedMusic: false,
}
