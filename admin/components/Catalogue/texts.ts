import { l } from '../../../src/collections/labels'

/** The catalogue components' own words, in the admin's languages (as field labels are). */
export const catalogueTexts = {
  stepsOfEveryBundle: l(
    'Yksikään lupakokonaisuus ei vielä käytä tätä tietokenttää, joten vaihtoehtoina ovat kaikkien kokonaisuuksien vaiheet.',
    'Ingen tillståndshelhet använder ännu detta datafält, så alternativen är stegen i alla helheter.',
    'No bundle uses this data element yet, so the choices are the steps of every bundle.',
  ),
  inNoBundle: l('ei missään lupakokonaisuudessa', 'inte i någon tillståndshelhet', 'in no bundle'),
  coverage: l('Kattavuus', 'Täckning', 'Coverage'),
  coverageIntro: l(
    'Kuka saa lupatyyppien asiat kunnittain. Viranomainen saa asian vain, jos se on mukana palvelussa, on liittynyt lupatyyppiin ja palvelee kuntaa.',
    'Vem som får ärendena om tillståndstyperna, kommun för kommun. En myndighet får ett ärende bara om den är ansluten till tjänsten, har anslutit sig till tillståndstypen och betjänar kommunen.',
    'Who receives the cases of each permit type, municipality by municipality. An authority receives a case only when it is connected to the service, has joined the permit type and serves the municipality.',
  ),
  saveFirst: l(
    'Kattavuus näkyy, kun lupatyyppi on tallennettu.',
    'Täckningen visas när tillståndstypen har sparats.',
    'The coverage shows once the permit type is saved.',
  ),
  notPublished: l(
    'Ei julkaistussa lupakokonaisuudessa: kuntia, joita kukaan ei palvele, ei merkitä ongelmiksi.',
    'Inte i en publicerad tillståndshelhet: kommuner som ingen betjänar markeras inte som problem.',
    'Not in a published bundle: municipalities nobody serves are not flagged.',
  ),
  allCovered: l(
    'Jokaisen kunnan asiat menevät yhdelle viranomaiselle.',
    'Ärenden från varje kommun går till en myndighet.',
    'Cases from every municipality go to one authority.',
  ),
  noGaps: l(
    'Jokaisen lupatyypin asiat löytävät viranomaisen jokaisesta kunnasta.',
    'Ärendena om varje tillståndstyp hittar en myndighet i varje kommun.',
    'The cases of every permit type find an authority in every municipality.',
  ),
  allPermitTypes: l('Kaikki lupatyypit', 'Alla tillståndstyper', 'All permit types'),
  permitType: l('Lupatyyppi', 'Tillståndstyp', 'Permit type'),
  routedTo: l('Reititys', 'Routning', 'Routed to'),
  status: l('Tila', 'Status', 'Status'),
  published: l('julkaistu', 'publicerad', 'published'),
  unpublished: l('ei julkaistu', 'inte publicerad', 'not published'),
  municipality: l('Kunta', 'Kommun', 'Municipality'),
  authority: l('Viranomainen', 'Myndighet', 'Authority'),
  everywhere: l('Kaikki kunnat', 'Alla kommuner', 'All municipalities'),
  nobody: l('ei kukaan', 'ingen', 'nobody'),
  byMunicipality: l('kunnan mukaan', 'enligt kommun', 'by municipality'),
  fixed: l('aina sama', 'alltid samma', 'always the same'),
}
