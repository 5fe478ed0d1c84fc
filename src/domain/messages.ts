import { localize } from './localize'
import type { Locale, LocalizedText } from './types'

/**
 * Codes of the messages shown to customers (field-level validation, then application errors)
 * and to the staff editing the catalogue in the admin.
 */
export const messageCodes = [
  'required',
  'invalid-type',
  'too-long',
  'too-small',
  'too-large',
  'not-integer',
  'invalid-email',
  'invalid-phone',
  'invalid-date',
  'invalid-time',
  'invalid-business-id',
  'invalid-postcode',
  'invalid-https-url',
  'not-an-option',
  'too-many-files',
  'login-required',
  'already-submitted',
  'bundle-unavailable',
  'invalid-fields',
  'reference-not-found',
  'still-in-use',
  'attachment-not-available',
  'file-type-not-allowed',
  'file-archive-too-large',
  'too-many-uploads',
  'file-infected',
  'malware-scan-unavailable',
  'nothing-to-submit',
  'no-competent-authority',
  // The catalogue in the admin: keys, pickers, deleting what is in use, coverage.
  'key-taken',
  'invalid-element-key',
  'unknown-step',
  'no-steps',
  'in-use-by',
  'used-in-permit-type-data',
  'used-in-permit-type-routing',
  'used-in-bundle-analysis',
  'used-in-bundle-rule',
  'used-by-authority',
  'choose-authority',
  'choose-authority-kind',
  'choose-municipality-element',
  'coverage-fixed-authority-missing',
  'coverage-no-authority-of-kind',
  'coverage-municipality-not-served',
  'coverage-several-authorities',
  // Requests the API refuses before reading them (src/server/apiInputGuard.ts).
  'method-not-allowed',
  'not-found',
  'invalid-query',
  'invalid-body',
  'unsupported-content-type',
  'body-too-large',
  // Supervision (src/domain/supervision.ts).
  'supervision-deadline-in-past',
  'supervision-object-closed',
  'supervision-case-closed',
  'supervision-finding-severity',
  'supervision-finding-observation',
  'supervision-correction-required',
  'supervision-not-supervisor',
  'supervision-move-not-allowed',
] as const
export type MessageCode = (typeof messageCodes)[number]

/**
 * The message catalogue. Placeholders in braces (`{max}`) are filled from the params of
 * {@link message}.
 */
export const messages: Record<MessageCode, LocalizedText> = {
  required: {
    fi: 'Pakollinen tieto puuttuu',
    sv: 'Obligatorisk uppgift saknas',
    en: 'Required information is missing',
  },
  'invalid-type': {
    fi: 'Tieto on väärän tyyppinen',
    sv: 'Uppgiften är av fel typ',
    en: 'The value is of the wrong type',
  },
  'too-long': {
    fi: 'Teksti on liian pitkä (enintään {max} merkkiä)',
    sv: 'Texten är för lång (högst {max} tecken)',
    en: 'The text is too long (at most {max} characters)',
  },
  'too-small': {
    fi: 'Arvo on liian pieni (vähintään {min})',
    sv: 'Värdet är för litet (minst {min})',
    en: 'The value is too small (at least {min})',
  },
  'too-large': {
    fi: 'Arvo on liian suuri (enintään {max})',
    sv: 'Värdet är för stort (högst {max})',
    en: 'The value is too large (at most {max})',
  },
  'not-integer': {
    fi: 'Arvon pitää olla kokonaisluku',
    sv: 'Värdet måste vara ett heltal',
    en: 'The value must be a whole number',
  },
  'invalid-email': {
    fi: 'Sähköpostiosoite ei ole kelvollinen',
    sv: 'E-postadressen är inte giltig',
    en: 'The email address is not valid',
  },
  'invalid-phone': {
    fi: 'Puhelinnumero ei ole kelvollinen',
    sv: 'Telefonnumret är inte giltigt',
    en: 'The phone number is not valid',
  },
  'invalid-date': {
    fi: 'Päivämäärä ei ole kelvollinen (VVVV-KK-PP)',
    sv: 'Datumet är inte giltigt (ÅÅÅÅ-MM-DD)',
    en: 'The date is not valid (YYYY-MM-DD)',
  },
  'invalid-time': {
    fi: 'Kellonaika ei ole kelvollinen (TT:MM)',
    sv: 'Klockslaget är inte giltigt (TT:MM)',
    en: 'The time is not valid (HH:MM)',
  },
  'invalid-business-id': {
    fi: 'Y-tunnus ei ole kelvollinen',
    sv: 'FO-numret är inte giltigt',
    en: 'The business ID is not valid',
  },
  'invalid-https-url': {
    fi: 'Osoitteen pitää alkaa https://',
    sv: 'Adressen måste börja med https://',
    en: 'The address must start with https://',
  },
  'invalid-postcode': {
    fi: 'Postinumeron pitää olla viisi numeroa',
    sv: 'Postnumret måste bestå av fem siffror',
    en: 'The postcode must be five digits',
  },
  'not-an-option': {
    fi: 'Arvo ei ole mikään vaihtoehdoista',
    sv: 'Värdet är inte något av alternativen',
    en: 'The value is not one of the options',
  },
  'too-many-files': {
    fi: 'Liitteitä on liikaa (enintään {max})',
    sv: 'För många bilagor (högst {max})',
    en: 'Too many attachments (at most {max})',
  },
  'login-required': {
    fi: 'Kirjaudu sisään jatkaaksesi',
    sv: 'Logga in för att fortsätta',
    en: 'Log in to continue',
  },
  'bundle-unavailable': {
    fi: 'Hakemuksen lupakokonaisuus ei ole enää haettavissa',
    sv: 'Ansökans tillståndshelhet går inte längre att söka',
    en: 'The permit bundle of this application is no longer available',
  },
  'invalid-fields': {
    fi: 'Hakemuksessa on puutteellisia tai virheellisiä tietoja ({count})',
    sv: 'Ansökan har bristfälliga eller felaktiga uppgifter ({count})',
    en: 'The application has missing or invalid information ({count})',
  },
  'reference-not-found': {
    fi: 'Viitattua tietoa ei löydy',
    sv: 'Den hänvisade uppgiften finns inte',
    en: 'The referenced record does not exist',
  },
  'still-in-use': {
    fi: 'Tietoa ei voi poistaa, koska se on käytössä',
    sv: 'Uppgiften kan inte tas bort eftersom den används',
    en: 'The record cannot be deleted because it is in use',
  },
  'file-type-not-allowed': {
    fi: 'Tiedoston sisältö ei ole sallittua tyyppiä (PDF, JPEG, PNG, Word, Excel, OpenDocument tai teksti)',
    sv: 'Filens innehåll är inte av en tillåten typ (PDF, JPEG, PNG, Word, Excel, OpenDocument eller text)',
    en: 'The file content is not of an allowed type (PDF, JPEG, PNG, Word, Excel, OpenDocument or text)',
  },
  'file-archive-too-large': {
    fi: 'Tiedosto purkautuu liian suureksi (enintään 50 Mt purettuna), tai sitä ei voi lukea. Tallenna se uudelleen tai PDF-muodossa.',
    sv: 'Filen packas upp till för stor storlek (högst 50 MB uppackad) eller kan inte läsas. Spara den på nytt eller som PDF.',
    en: 'The file unpacks into too much (at most 50 MB unpacked) or cannot be read. Save it again or as a PDF.',
  },
  'too-many-uploads': {
    fi: 'Olet lähettänyt lyhyessä ajassa liian monta tiedostoa. Yritä uudelleen hetken kuluttua.',
    sv: 'Du har skickat för många filer på kort tid. Försök igen om en stund.',
    en: 'You have sent too many files in a short time. Try again in a while.',
  },
  'file-infected': {
    fi: 'Tiedostosta löytyi haittaohjelma, eikä sitä otettu vastaan.',
    sv: 'Skadlig kod hittades i filen, och den togs inte emot.',
    en: 'Malware was found in the file, and it was not accepted.',
  },
  'malware-scan-unavailable': {
    fi: 'Tiedostoa ei voitu juuri nyt tarkistaa haittaohjelmien varalta, eikä sitä otettu vastaan. Yritä hetken kuluttua uudelleen.',
    sv: 'Filen kunde inte kontrolleras för skadlig kod just nu och togs inte emot. Försök igen om en stund.',
    en: 'The file could not be checked for malware just now and was not accepted. Try again in a while.',
  },
  'attachment-not-available': {
    fi: 'Liitettä ei löydy tai sinulla ei ole siihen oikeutta',
    sv: 'Bilagan finns inte eller du har inte rätt till den',
    en: 'The attachment does not exist or you may not use it',
  },
  'already-submitted': {
    fi: 'Hakemus on jo lähetetty',
    sv: 'Ansökan har redan skickats',
    en: 'The application has already been submitted',
  },
  'nothing-to-submit': {
    fi: 'Vastausten perusteella lupia tai ilmoituksia ei tarvita, joten lähetettävää ei ole',
    sv: 'Enligt svaren behövs inga tillstånd eller anmälningar, så det finns inget att skicka',
    en: 'According to the answers no permits or notifications are needed, so there is nothing to submit',
  },
  'no-competent-authority': {
    fi: 'Annetuille tiedoille ei löytynyt toimivaltaista viranomaista',
    sv: 'Ingen behörig myndighet hittades för de angivna uppgifterna',
    en: 'No competent authority was found for the information given',
  },
  'key-taken': {
    fi: 'Tunniste "{key}" on jo käytössä: {record}',
    sv: 'Identifieraren "{key}" används redan: {record}',
    en: 'The key "{key}" is already in use: {record}',
  },
  'invalid-element-key': {
    fi: 'Tunnisteessa saa olla vain kirjaimia a–z ja numeroita, ja sen pitää alkaa pienellä kirjaimella (esim. eventName)',
    sv: 'Identifieraren får bara innehålla bokstäverna a–z och siffror och ska börja med en liten bokstav (t.ex. eventName)',
    en: 'The key may only contain the letters a–z and digits and must start with a lower-case letter (e.g. eventName)',
  },
  'unknown-step': {
    fi: 'Vaihetta "{step}" ei ole yhdessäkään lupakokonaisuudessa, joka käyttää tätä tietokenttää. Valitse jokin näistä: {steps}',
    sv: 'Steget "{step}" finns inte i någon tillståndshelhet som använder detta datafält. Välj ett av dessa: {steps}',
    en: 'No permit bundle that uses this data element has the step "{step}". Choose one of: {steps}',
  },
  'no-steps': {
    fi: 'Tätä tietokenttää käyttävissä lupakokonaisuuksissa ei ole vaiheita. Lisää vaiheet lupakokonaisuuteen tai jätä vaihe tyhjäksi.',
    sv: 'Tillståndshelheterna som använder detta datafält har inga steg. Lägg till steg i tillståndshelheten eller lämna steget tomt.',
    en: 'The permit bundles that use this data element have no steps. Add steps to the bundle or leave the step empty.',
  },
  'in-use-by': {
    fi: '"{record}" on käytössä, eikä sitä voi poistaa: {users}',
    sv: '"{record}" används och kan inte tas bort: {users}',
    en: '"{record}" is in use and cannot be deleted: {users}',
  },
  'used-in-permit-type-data': {
    fi: 'lupatyyppien tarvittavat tiedot: {names}',
    sv: 'uppgifter som tillståndstyperna behöver: {names}',
    en: 'the data of permit types: {names}',
  },
  'used-in-permit-type-routing': {
    fi: 'lupatyyppien reititys: {names}',
    sv: 'routningen av tillståndstyperna: {names}',
    en: 'the routing of permit types: {names}',
  },
  'used-in-bundle-analysis': {
    fi: 'lupakokonaisuuksien lupatarpeen kysymykset: {names}',
    sv: 'frågorna i tillståndsanalysen för tillståndshelheterna: {names}',
    en: 'the permit analysis questions of bundles: {names}',
  },
  'used-in-bundle-rule': {
    fi: 'lupakokonaisuuden "{name}" säännöt: {rules}',
    sv: 'reglerna i tillståndshelheten "{name}": {rules}',
    en: 'the rules of bundle "{name}": {rules}',
  },
  'used-by-authority': {
    fi: 'viranomaiset: {names}',
    sv: 'myndigheterna: {names}',
    en: 'authorities: {names}',
  },
  'choose-authority': {
    fi: 'Valitse viranomainen',
    sv: 'Välj myndighet',
    en: 'Choose the authority',
  },
  'choose-authority-kind': {
    fi: 'Valitse viranomaistyyppi',
    sv: 'Välj myndighetstyp',
    en: 'Choose the authority kind',
  },
  'choose-municipality-element': {
    fi: 'Valitse tietokenttä, josta kunta luetaan',
    sv: 'Välj datafältet som anger kommunen',
    en: 'Choose the data element that gives the municipality',
  },
  'coverage-fixed-authority-missing': {
    fi: 'Lupatyypillä ei ole viranomaista: viranomaista ei ole valittu, se ei ole mukana palvelussa tai se ei ole liittynyt lupatyyppiin',
    sv: 'Tillståndstypen har ingen myndighet: myndigheten har inte valts, är inte ansluten till tjänsten eller har inte anslutit sig till tillståndstypen',
    en: 'The permit type has no authority: none is chosen, it is not connected to the service, or it has not joined the permit type',
  },
  'coverage-no-authority-of-kind': {
    fi: 'Lupatyypillä ei ole viranomaista: yksikään palvelussa mukana oleva viranomainen tyyppiä "{kind}" ei ole liittynyt siihen',
    sv: 'Tillståndstypen har ingen myndighet: ingen ansluten myndighet av typen "{kind}" har anslutit sig till den',
    en: 'The permit type has no authority: no connected authority of kind "{kind}" has joined it',
  },
  'coverage-municipality-not-served': {
    fi: 'Kukaan ei käsittele kunnan {municipality} asioita: sieltä tulevia hakemuksia ei voi lähettää',
    sv: 'Ingen behandlar ärenden från kommunen {municipality}: ansökningar därifrån kan inte skickas',
    en: 'Nobody handles cases from {municipality}: applications from there cannot be sent',
  },
  'coverage-several-authorities': {
    fi: 'Kunnan {municipality} asiat voisivat mennä usealle viranomaiselle ({authorities}): hakemuksia ei voi lähettää, ennen kuin jäljellä on yksi',
    sv: 'Ärenden från kommunen {municipality} kunde gå till flera myndigheter ({authorities}): ansökningar kan inte skickas förrän en återstår',
    en: 'Cases from {municipality} could go to several authorities ({authorities}): applications cannot be sent until one is left',
  },
  'method-not-allowed': {
    fi: 'Rajapinta ei tue tätä pyyntötapaa.',
    sv: 'Gränssnittet stöder inte den här metoden.',
    en: 'The API does not support this method.',
  },
  'not-found': {
    fi: 'Tietoa ei löydy.',
    sv: 'Uppgiften hittas inte.',
    en: 'Not found.',
  },
  'invalid-query': {
    fi: 'Haku ei ole kelvollinen: tarkista ehdot ja arvot.',
    sv: 'Sökningen är inte giltig: kontrollera villkoren och värdena.',
    en: 'The query is not valid: check its conditions and values.',
  },
  'invalid-body': {
    fi: 'Pyynnön sisältö ei ole kelvollinen: lähetä JSON-olio, jonka kentillä on oikean tyyppiset arvot.',
    sv: 'Begärans innehåll är inte giltigt: skicka ett JSON-objekt vars fält har värden av rätt typ.',
    en: 'The request body is not valid: send a JSON object whose fields have values of the right type.',
  },
  'unsupported-content-type': {
    fi: 'Sisältötyyppiä ei tueta: käytä application/json- tai multipart/form-data-muotoa.',
    sv: 'Innehållstypen stöds inte: använd application/json eller multipart/form-data.',
    en: 'Unsupported content type: use application/json or multipart/form-data.',
  },
  'body-too-large': {
    fi: 'Pyyntö on liian suuri.',
    sv: 'Begäran är för stor.',
    en: 'The request is too large.',
  },
  'supervision-deadline-in-past': {
    fi: 'Määräaika ei voi olla menneisyydessä.',
    sv: 'Tidsfristen kan inte ligga i det förflutna.',
    en: 'The deadline cannot be in the past.',
  },
  'supervision-object-closed': {
    fi: 'Valvontakohde on suljettu: sille ei voi avata uutta valvonta-asiaa.',
    sv: 'Tillsynsobjektet är stängt: inget nytt tillsynsärende kan öppnas för det.',
    en: 'The supervised object is closed: no new supervision case can be opened on it.',
  },
  'supervision-case-closed': {
    fi: 'Valvonta-asia on suljettu, eikä sitä voi enää muuttaa.',
    sv: 'Tillsynsärendet är stängt och kan inte längre ändras.',
    en: 'The supervision case is closed and can no longer be changed.',
  },
  'supervision-finding-severity': {
    fi: 'Jokaisella havainnolla pitää olla vakavuus (ei huomautettavaa, vähäinen, merkittävä tai vakava).',
    sv: 'Varje iakttagelse måste ha en allvarlighetsgrad (ingen anmärkning, mindre, betydande eller allvarlig).',
    en: 'Every finding needs a severity (none, minor, major or critical).',
  },
  'supervision-finding-observation': {
    fi: 'Jokaisella havainnolla pitää olla kuvaus.',
    sv: 'Varje iakttagelse måste ha en beskrivning.',
    en: 'Every finding needs an observation.',
  },
  'supervision-correction-required': {
    fi: 'Kerro, mitä pitää korjata.',
    sv: 'Ange vad som ska rättas.',
    en: 'Say what must be corrected.',
  },
  'supervision-not-supervisor': {
    fi: 'Viranomaisesi ei valvo tätä kohdetta.',
    sv: 'Din myndighet utövar inte tillsyn över det här objektet.',
    en: 'Your authority does not supervise this object.',
  },
  'supervision-move-not-allowed': {
    fi: 'Valvonta-asian tilaa ei voi muuttaa näin.',
    sv: 'Tillsynsärendets status kan inte ändras så här.',
    en: 'The supervision case cannot move to that status.',
  },
}

/** The message of a code in a locale, with `{name}` placeholders replaced by params. */
export function message(code: MessageCode, locale: Locale, params?: Record<string, string | number>): string {
  const text = localize(messages[code], locale)
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  )
}
