import type { PublicDocumentKey } from '../collections/PublicDocuments'
import type { Locale } from '../domain/types'

/**
 * The first versions of the service's public documents, as the seed writes them (the
 * markup of `richTextFromMarkup`). They describe Lupa as it is; the owner keeps them up to
 * date in the admin. The addresses under lupa-demo.example.fi are demo addresses.
 */
export const publicDocumentTexts: Record<
  PublicDocumentKey,
  { updatedOn: string; title: Record<Locale, string>; body: Record<Locale, string> }
> = {
  privacy: {
    updatedOn: '2026-12-07',
    title: {
      fi: 'Tietosuojaseloste',
      sv: 'Dataskyddsbeskrivning',
      en: 'Privacy statement',
    },
    body: {
      fi: `
Tässä selosteessa kerrotaan, miten henkilötietoja käsitellään Lupa-palvelussa, joka on lupien ja ilmoitusten yhteinen asiointipiste (EU:n yleinen tietosuoja-asetus, 13 ja 14 artikla).

## Rekisterinpitäjät

- Lupa-palvelun omistaja on rekisterinpitäjä Luvassa säilytettäville tiedoille: käyttäjätileille, hakemuksille ja luonnoksille, liitteille, viesteille ja lokitiedoille. Palvelutuottaja ylläpitää palvelua omistajan lukuun ja käsittelee tietoja vain omistajan ohjeiden mukaan.
- Jokainen viranomainen, jolle hakemuksestasi lähtee asia, on oman asiansa rekisterinpitäjä: se vastaa saamistaan tiedoista, asian käsittelystä, viesteistään ja päätöksestään. Viranomaisen yhteystiedot näytetään Luvassa kunkin luvan yhteydessä.

## Mitä tietoja käsitellään

- Henkilöllisyys: nimesi sekä Suomi.fi-tunnistuksesta saatava henkilötunnus (ulkomaisella käyttäjällä eIDAS-tunniste). Henkilötunnus tallennetaan vain salattuna, eikä sitä näytetä lokeissa eikä sähköposteissa.
- Yhteystiedot: sähköpostiosoite ja puhelinnumero.
- Toisen puolesta asiointi: yhteisö tai henkilö, jonka puolesta asioit, ja Suomi.fi-valtuuksista tarkistettu valtuus. Yhteisön osoite voidaan esitäyttää Yritys- ja yhteisötietojärjestelmästä (YTJ).
- Hakemustiedot: lupa-analyysin vastaukset, hakemusten ja luonnosten tiedot sekä lataamasi liitteet.
- Viestit, täydennyspyynnöt ja niihin annetut vastaukset sekä päätökset.
- Lokitiedot: kuka luki tai muutti mitäkin tietoa ja milloin, kenen puolesta ja mistä IP-osoitteesta.
- Evästeet: istuntoeväste kirjautumisen ajan ja eväste, joka muistaa valitsemasi kielen. Luvassa ei ole analytiikka- eikä mainosevästeitä.

## Käsittelyn tarkoitukset ja perusteet

Tietoja käsitellään, jotta sinut voidaan tunnistaa, hakemuksesi koota, kukin asia toimittaa toimivaltaiselle viranomaiselle ja asioiden eteneminen, viestit ja päätökset näyttää sinulle, sekä palvelun turvallisuuden varmistamiseksi ja väärinkäytösten selvittämiseksi. Käsittely perustuu yleisen edun mukaisen tehtävän suorittamiseen ja julkisen vallan käyttöön (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta) ja lakisääteisten velvoitteiden noudattamiseen (c alakohta), erityisesti lakiin sähköisestä asioinnista viranomaistoiminnassa (13/2003), lakiin julkisen hallinnon tiedonhallinnasta (906/2019) ja kutakin lupaa tai ilmoitusta koskeviin lakeihin.

Lupa ei tee automaattisia päätöksiä. Lupa-analyysi kertoo vain, mitä lupia todennäköisesti tarvitaan; jokainen viranomainen ratkaisee oman asiansa.

## Tietojen vastaanottajat

- Kukin hakemuksesi viranomainen saa vain ne tiedot ja liitteet, joita sen lupa tai ilmoitus edellyttää.
- Suomi.fi-tunnistusta ja Suomi.fi-valtuuksia (Digi- ja väestötietovirasto) käytetään sinun tunnistamiseesi ja valtuuksien tarkistamiseen.
- Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

## Säilytysajat

- Luonnoksesta, jota ei ole muutettu 60 päivään, lähetetään muistutus. Jos sitä ei muuteta 14 päivän kuluessa muistutuksesta, se poistetaan.
- Lähetetyt hakemukset, asiat, viestit ja päätökset säilytetään omistajan tiedonhallintasuunnitelmassa määrätyn ajan. Tapahtumaloki (kuka luki, latasi, vei tai muutti mitäkin) säilytetään viisi vuotta. Kukin viranomainen säilyttää omat asiakirjansa omien säilytysaikojensa ja arkistolain mukaan.
- Tiedot lähetetyistä sähköposti-ilmoituksista poistetaan 30 päivän kuluttua lähettämisestä (epäonnistuneen lähetyksen tiedot 180 päivän kuluttua).

## Oikeutesi

Sinulla on oikeus saada pääsy tietoihisi, vaatia virheellisten tietojen oikaisemista, vaatia käsittelyn rajoittamista ja vastustaa käsittelyä. Lakisääteisen tehtävän hoitamiseksi käsiteltäviä tietoja ei poisteta pyynnöstä niin kauan kuin niitä tarvitaan tehtävään.

Kirjauduttuasi näet hakemuksesi, viestisi ja päätöksesi Omat hakemukset -sivulla. Kaikki tiedot, joita Lupa sinusta säilyttää, voit ladata itse [Omat tietosi](/account/data) -sivulta JSON- ja PDF-tiedostoina. Voit myös pyytää kopion alla olevasta osoitteesta; vastaamme kuukauden kuluessa. Asian tiedoista vastaa asiaa käsittelevä viranomainen.

Voit tehdä valituksen tietosuojavaltuutetulle ([tietosuoja.fi](https://tietosuoja.fi)).

## Yhteystiedot

Lupa-palvelun tietosuojaa koskevat kysymykset: [tietosuoja@lupa-demo.example.fi](mailto:tietosuoja@lupa-demo.example.fi). Viranomaisten tietosuojavastaavat mainitaan niiden omissa tietosuojaselosteissa.
`,
      sv: `
Denna beskrivning berättar hur personuppgifter behandlas i Lupa, den gemensamma kontaktpunkten för tillstånd och anmälningar (EU:s allmänna dataskyddsförordning, artiklarna 13 och 14).

## Personuppgiftsansvariga

- Ägaren av Lupa är personuppgiftsansvarig för de uppgifter som förvaras i Lupa: användarkonton, ansökningar och utkast, bilagor, meddelanden och loggdata. Tjänsteproducenten driver tjänsten för ägarens räkning och behandlar uppgifterna endast enligt ägarens instruktioner.
- Varje myndighet som får ett ärende från din ansökan är personuppgiftsansvarig för sitt eget ärende: de uppgifter den fått, handläggningen, dess meddelanden och dess beslut. Myndighetens kontaktuppgifter visas i Lupa vid varje tillstånd.

## Vilka uppgifter behandlas

- Identitet: ditt namn och din personbeteckning från Suomi.fi-identifikationen (för en utländsk användare eIDAS-identifieraren). Personbeteckningen sparas endast krypterad och visas aldrig i loggar eller e-post.
- Kontaktuppgifter: e-postadress och telefonnummer.
- Ärenden för någon annans räkning: den sammanslutning eller person du företräder och den fullmakt som kontrollerats i Suomi.fi-fullmakter. En sammanslutnings adress kan förifyllas från företags- och organisationsdatasystemet (FODS).
- Ansökningsuppgifter: svaren i tillståndsanalysen, uppgifterna i dina ansökningar och utkast samt bilagorna du laddar upp.
- Meddelanden, begäranden om komplettering och svaren på dem samt beslut.
- Loggdata: vem som läste eller ändrade vilken uppgift och när, för vems räkning och från vilken IP-adress.
- Kakor: en sessionskaka medan du är inloggad och en kaka som kommer ihåg ditt språk. Lupa använder inga analys- eller reklamkakor.

## Ändamål och rättslig grund

Uppgifterna behandlas för att identifiera dig, sammanställa din ansökan, leverera varje ärende till den behöriga myndigheten och visa dig hur ärendena framskrider, meddelanden och beslut, samt för att trygga tjänstens säkerhet och utreda missbruk. Behandlingen grundar sig på utförande av en uppgift av allmänt intresse och myndighetsutövning (artikel 6.1 e i dataskyddsförordningen) och på rättsliga förpliktelser (artikel 6.1 c), särskilt lagen om elektronisk kommunikation i myndigheternas verksamhet (13/2003), lagen om informationshantering inom den offentliga förvaltningen (906/2019) och lagarna om varje tillstånd eller anmälan.

Lupa fattar inga automatiserade beslut. Tillståndsanalysen berättar endast vilka tillstånd som sannolikt behövs; varje myndighet avgör sitt eget ärende.

## Mottagare

- Varje myndighet i din ansökan får endast de uppgifter och bilagor som dess tillstånd eller anmälan kräver.
- Suomi.fi-identifikationen och Suomi.fi-fullmakter (Myndigheten för digitalisering och befolkningsdata) används för att identifiera dig och kontrollera fullmakter.
- Uppgifter överförs inte utanför EU eller EES.

## Lagringstider

- För ett utkast som inte har ändrats på 60 dagar skickas en påminnelse. Ändras det inte inom 14 dagar efter påminnelsen raderas det.
- Skickade ansökningar, ärenden, meddelanden och beslut sparas den tid som ägarens informationshanteringsplan anger. Händelseloggen (vem som läste, laddade ner, exporterade eller ändrade vad) sparas i fem år. Varje myndighet sparar sina egna handlingar enligt sina egna lagringstider och arkivlagen.
- Uppgifter om skickade e-postmeddelanden raderas 30 dagar efter att de skickats (uppgifter om misslyckade försök efter 180 dagar).

## Dina rättigheter

Du har rätt att få tillgång till dina uppgifter, att få felaktiga uppgifter rättade, att kräva begränsning av behandlingen och att invända mot behandlingen. Uppgifter som behandlas för en lagstadgad uppgift raderas inte på begäran så länge de behövs för uppgiften.

När du har loggat in ser du dina ansökningar, meddelanden och beslut på sidan Mina ansökningar. Alla uppgifter som Lupa har om dig kan du själv ladda ner som JSON- och PDF-filer på sidan [Dina uppgifter](/account/data). Du kan också begära en kopia på adressen nedan; vi svarar inom en månad. För uppgifterna i ett ärende svarar den myndighet som handlägger ärendet.

Du kan lämna in klagomål till dataombudsmannen ([tietosuoja.fi/sv](https://tietosuoja.fi/sv)).

## Kontaktuppgifter

Frågor om dataskyddet i Lupa: [tietosuoja@lupa-demo.example.fi](mailto:tietosuoja@lupa-demo.example.fi). Myndigheternas dataskyddsombud anges i deras egna dataskyddsbeskrivningar.
`,
      en: `
This statement tells how personal data is processed in Lupa, the shared front desk for permits and notifications (EU General Data Protection Regulation, Articles 13 and 14).

## Controllers

- The owner of Lupa is the controller of the data kept in Lupa: user accounts, applications and drafts, attachments, messages and log data. The service producer runs the service on the owner's behalf and processes the data only on the owner's instructions.
- Each authority that receives a case from your application is the controller of its own case: the data it received, the handling, its messages and its decision. The authority's contact details are shown in Lupa with each permit.

## What data is processed

- Identity: your name and the personal identity code from Suomi.fi e-Identification (for a foreign user, the eIDAS identifier). The identity code is stored only encrypted and is never shown in logs or emails.
- Contact details: email address and phone number.
- Acting for others: the organisation or person you act for and the mandate checked in Suomi.fi Mandates. An organisation's address may be prefilled from the Business Information System (YTJ).
- Application data: the answers of the permit analysis, the data of your applications and drafts, and the attachments you upload.
- Messages, supplement requests and their answers, and decisions.
- Log data: who read or changed which data and when, on whose behalf and from which IP address.
- Cookies: a session cookie while you are signed in and a cookie that remembers your language. Lupa uses no analytics or advertising cookies.

## Purposes and legal basis

The data is processed to identify you, to compile your application, to deliver each case to the competent authority and to show you the progress of the cases, messages and decisions, and to keep the service secure and investigate misuse. The processing is based on a task carried out in the public interest and the exercise of official authority (Article 6(1)(e) of the GDPR) and on legal obligations (Article 6(1)(c)), in particular the Act on Electronic Services and Communication in the Public Sector (13/2003), the Act on Information Management in Public Administration (906/2019) and the acts on each permit or notification.

Lupa makes no automated decisions. The permit analysis only tells which permits are likely needed; each authority decides its own case.

## Recipients

- Each authority of your application receives only the data and attachments that its permit or notification needs.
- Suomi.fi e-Identification and Suomi.fi Mandates (Digital and Population Data Services Agency) are used to identify you and to check mandates.
- Data is not transferred outside the EU or the EEA.

## Retention

- A draft that has not changed for 60 days gets a reminder. If it is not changed within 14 days of the reminder, it is deleted.
- Submitted applications, cases, messages and decisions are kept for the time set in the owner's information management plan. The audit log (who read, downloaded, exported or changed what) is kept for five years. Each authority keeps its own records according to its own retention periods and the Archives Act.
- Records of sent email notices are deleted 30 days after sending (records of failed attempts after 180 days).

## Your rights

You have the right of access to your data, to have incorrect data rectified, to have the processing restricted and to object to the processing. Data processed for a statutory task is not erased on request while it is needed for that task.

Signed in, you see your applications, messages and decisions on the My applications page. You can download everything Lupa holds on you yourself, as JSON and PDF, on the [Your data](/account/data) page. You can also ask for a copy at the address below; we answer within one month. The data of a case is the responsibility of the authority handling it.

You may lodge a complaint with the Data Protection Ombudsman ([tietosuoja.fi/en](https://tietosuoja.fi/en)).

## Contact

Questions about data protection in Lupa: [tietosuoja@lupa-demo.example.fi](mailto:tietosuoja@lupa-demo.example.fi). The authorities' data protection officers are named in their own privacy statements.
`,
    },
  },
  terms: {
    updatedOn: '2026-12-07',
    title: { fi: 'Käyttöehdot', sv: 'Användarvillkor', en: 'Terms of use' },
    body: {
      fi: `
Lupa on yhteinen asiointipiste luville ja ilmoituksille, joita tapahtuma tai toiminta tarvitsee. Käyttämällä palvelua hyväksyt nämä ehdot.

## Mitä Lupa tekee

Lupa kertoo, mitä lupia ja ilmoituksia toiminta todennäköisesti tarvitsee, kokoaa niistä yhden hakemuksen ja toimittaa kunkin asian toimivaltaiselle viranomaiselle. Lupa ei ratkaise mitään: kukin viranomainen käsittelee ja ratkaisee asiansa sitä koskevan lain mukaan. Lupa-analyysi on ohjeellinen, ei päätös.

## Kirjautuminen ja toisen puolesta asiointi

Kirjaudut Suomi.fi-tunnistuksella. Voit asioida yhteisön tai toisen henkilön puolesta vain Suomi.fi-valtuuksien vahvistamalla valtuudella. Anna oikeat tiedot: vastaat hakemuksesi ja sen liitteiden sisällöstä. Älä lataa haitallisia tiedostoja äläkä henkilötietoja, joita hakemus ei tarvitse.

## Hakemuksen lähettäminen

Asia tulee vireille, kun se saapuu viranomaiselle. Lupa näyttää jokaisesta asiasta, milloin se toimitettiin ja milloin viranomainen vastaanotti sen. Jos viranomaisen järjestelmä ei ole käytettävissä, Lupa yrittää toimittaa asiaa uudelleen eikä hakemus katoa. Jos määräaika on lähellä eikä asia ole vielä perillä, ota yhteyttä viranomaiseen.

## Asiakirjojen julkisuus (621/1999)

Kun viranomainen vastaanottaa asian, hakemuksesta tulee tämän viranomaisen asiakirja, johon sovelletaan lakia viranomaisten toiminnan julkisuudesta (621/1999). Viranomaisen asiakirjat ovat julkisia, ellei laissa säädetä niitä salassa pidettäviksi; salassa pidettäviä ovat esimerkiksi liike- ja ammattisalaisuudet ja tiedot henkilön yksityiselämästä. Jokaisella on oikeus saada tieto julkisesta asiakirjasta, ja asianosaisena sinulla on oikeus saada tieto myös muista asiakirjoista, jotka voivat vaikuttaa asiasi käsittelyyn. Tietopyynnöistä päättää asiaa käsittelevä viranomainen, ei Lupa. Jos hakemuksessasi on tietoja, joita pidät salassa pidettävinä, kerro siitä viranomaiselle viestillä.

## Arkistointi (831/1994)

Kukin viranomainen säilyttää asiakirjansa määräämänsä ajan, ja Kansallisarkiston pysyvästi säilytettäviksi määräämät asiakirjat arkistoidaan arkistolain (831/1994) mukaisesti. Luvassa oleva hakemus palvelee omaa näkymääsi: se ei korvaa viranomaisen asiakirjaa, eikä tietojen poistuminen Luvasta poista niitä viranomaiselta.

## Viestit ja päätökset

Luvassa lähettämäsi viesti menee asian viranomaiselle; viranomainen voi ottaa sinuun yhteyttä myös muuten. Päätökset näytetään Luvassa muutoksenhakuohjeineen. Viranomainen päättää, miten päätös annetaan sinulle tiedoksi, ja muutoksenhaun määräaika kulkee päätöksessä kerrotulla tavalla.

## Saatavuus ja muutokset

Lupa on käytettävissä ympäri vuorokauden lukuun ottamatta ennalta ilmoitettuja huoltokatkoja. Ehtoja voidaan muuttaa; tämän version päivämäärä näkyy yllä. Ehtoihin sovelletaan Suomen lakia.

## Palaute

Lähetä palautetta ja ideoita [palautesivulla](/feedback).
`,
      sv: `
Lupa är en gemensam kontaktpunkt för de tillstånd och anmälningar som ett evenemang eller en verksamhet behöver. Genom att använda tjänsten godkänner du dessa villkor.

## Vad Lupa gör

Lupa berättar vilka tillstånd och anmälningar verksamheten sannolikt behöver, sammanställer en ansökan för dem och levererar varje ärende till den behöriga myndigheten. Lupa avgör ingenting: varje myndighet handlägger och avgör sitt ärende enligt den lag som gäller för det. Tillståndsanalysen är vägledande, inte ett beslut.

## Inloggning och ärenden för någon annans räkning

Du loggar in med Suomi.fi-identifikationen. Du kan uträtta ärenden för en sammanslutning eller en annan person endast med en fullmakt som Suomi.fi-fullmakter bekräftat. Ge korrekta uppgifter: du ansvarar för innehållet i din ansökan och dess bilagor. Ladda inte upp skadliga filer eller personuppgifter som ansökan inte behöver.

## Att skicka en ansökan

Ärendet blir anhängigt när det har kommit in till myndigheten. Lupa visar för varje ärende när det levererades och när myndigheten tog emot det. Om myndighetens system inte är tillgängligt försöker Lupa leverera ärendet på nytt och ansökan går inte förlorad. Om en tidsfrist närmar sig och ärendet ännu inte har kommit fram, kontakta myndigheten.

## Handlingars offentlighet (621/1999)

När myndigheten tar emot ärendet blir ansökan en handling hos denna myndighet, och på den tillämpas lagen om offentlighet i myndigheternas verksamhet (621/1999). Myndighetshandlingar är offentliga om de inte enligt lag är sekretessbelagda; sekretessbelagda är till exempel affärs- och yrkeshemligheter och uppgifter om en persons privatliv. Var och en har rätt att få ta del av en offentlig handling, och som part har du rätt att ta del även av andra handlingar som kan påverka behandlingen av ditt ärende. Begäranden om uppgifter avgörs av den myndighet som handlägger ärendet, inte av Lupa. Om din ansökan innehåller uppgifter som du anser vara sekretessbelagda, meddela myndigheten det i ett meddelande.

## Arkivering (831/1994)

Varje myndighet förvarar sina handlingar den tid den har bestämt, och handlingar som Riksarkivet har bestämt att ska förvaras varaktigt arkiveras enligt arkivlagen (831/1994). Ansökan i Lupa tjänar din egen vy: den ersätter inte myndighetens handling, och att uppgifter försvinner från Lupa tar inte bort dem hos myndigheten.

## Meddelanden och beslut

Ett meddelande som du skickar i Lupa går till ärendets myndighet; myndigheten kan också kontakta dig på annat sätt. Besluten visas i Lupa med sina besvärsanvisningar. Myndigheten bestämmer hur beslutet delges dig, och besvärstiden löper så som beslutet anger.

## Tillgänglighet och ändringar

Lupa är tillgänglig dygnet runt med undantag för aviserade serviceavbrott. Villkoren kan ändras; datumet för denna version visas ovan. På villkoren tillämpas finsk lag.

## Respons

Skicka respons och idéer på [responssidan](/feedback).
`,
      en: `
Lupa is a shared front desk for the permits and notifications that an event or activity needs. By using the service you accept these terms.

## What Lupa does

Lupa tells which permits and notifications an activity likely needs, compiles one application for them and delivers each case to the competent authority. Lupa decides nothing: each authority handles and decides its case under the law that governs it. The permit analysis is guidance, not a decision.

## Signing in and acting for others

You sign in with Suomi.fi e-Identification. You may act for an organisation or another person only with a mandate confirmed by Suomi.fi Mandates. Give correct information: you are responsible for the content of your application and its attachments. Do not upload harmful files or personal data that the application does not need.

## Sending an application

A case becomes pending when it arrives at the authority. Lupa shows for each case when it was delivered and when the authority received it. If the authority's system is unavailable, Lupa keeps trying to deliver the case and the application is not lost. If a deadline is near and the case has not yet arrived, contact the authority.

## Openness of documents (621/1999)

When the authority receives the case, the application becomes a document of that authority, and the Act on the Openness of Government Activities (621/1999) applies to it. Official documents are public unless the law makes them secret; secret are, for example, business and professional secrets and information on a person's private life. Anyone has the right to access a public document, and as a party you also have the right to access other documents that may affect the handling of your case. Requests for information are decided by the authority handling the case, not by Lupa. If your application contains information you consider secret, tell the authority in a message.

## Archiving (831/1994)

Each authority keeps its documents for the time it has set, and documents that the National Archives of Finland has ordered to be kept permanently are archived under the Archives Act (831/1994). The application in Lupa serves your own view: it does not replace the authority's document, and data disappearing from Lupa does not remove it from the authority.

## Messages and decisions

A message you send in Lupa goes to the authority of the case; the authority may also contact you in other ways. Decisions are shown in Lupa with their appeal instructions. The authority decides how the decision is served on you, and the time for appeal runs as the decision says.

## Availability and changes

Lupa is available around the clock, except for maintenance breaks announced in advance. The terms may change; the date of this version is shown above. Finnish law applies to the terms.

## Feedback

Send feedback and ideas on the [feedback page](/feedback).
`,
    },
  },
  accessibility: {
    updatedOn: '2026-12-07',
    title: {
      fi: 'Saavutettavuusseloste',
      sv: 'Tillgänglighetsutlåtande',
      en: 'Accessibility statement',
    },
    body: {
      fi: `
Tämä seloste koskee Lupa-asiointipalvelua tässä osoitteessa: etusivua ja lupa-analyysia, asiakkaan hakemuksia, kirjautumista ja viranomaisen työtilaa. Vaatimukset perustuvat lakiin digitaalisten palvelujen tarjoamisesta (306/2019), ja tavoitteena on WCAG 2.1 -ohjeiden AA-taso.

## Saavutettavuuden tila

Palvelu täyttää saavutettavuusvaatimukset osittain. Tunnetut puutteet luetellaan alla.

## Miten saavutettavuutta on arvioitu

Arvio on palvelutuottajan itsearvio. Jokaisen muutoksen yhteydessä julkiset ja kirjautuneen käyttäjän sivut tarkistetaan automaattisesti axe-core-työkalulla WCAG 2.1 -ohjeiden A- ja AA-tason sääntöjä vasten sekä tietokoneen että puhelimen leveydellä, ja pääasiallisia polkuja testataan pelkällä näppäimistöllä ja ilman JavaScriptiä. Automaattinen tarkistus estää vain vakavat ja kriittiset havainnot; vähäisempiä voi jäädä. Palvelupisteen sivut (palaute, liittymislomake, häiriöilmoitukset ja palvelupyynnöt) eivät vielä ole automaattisen tarkistuksen piirissä. Ulkopuolista arviointia ei ole vielä tehty, eikä palvelua ole järjestelmällisesti testattu ruudunlukijoilla.

## Sisältö, joka ei ole saavutettavaa

- Ylläpitonäkymää (/admin), jota käyttävät palvelun omistaja ja palvelutuottaja, ei ole arvioitu.
- Lupa-palvelun tuottamat PDF-tiedostot (hakemuksen vastaanottokuittaus ja viranomaisen asian PDF-vienti) eivät ole saavutettavia: niissä ei ole rakennetietoja, joten ruudunlukija ei tunnista otsikoita eikä taulukoita (WCAG 1.3.1), ja länsieurooppalaisen merkistön ulkopuoliset merkit näkyvät kysymysmerkkeinä. Samat tiedot ovat saatavilla verkkosivuina: kuittaussivulla ja asian sivulla.
- Kirjautumisistunto päättyy kahdeksan tunnin kuluttua kirjautumisesta ilman ennakkovaroitusta (WCAG 2.2.1). Luonnokseen jo tallennetut tiedot säilyvät.
- Asiakkaiden ja viranomaisten lataamat liitteet ja päätösasiakirjat eivät ole Lupa-palvelun tuottamia, eikä niitä ole arvioitu.

## Palaute

Jos huomaat saavutettavuuspuutteen, kerro siitä [palautesivulla](/feedback) tai sähköpostitse osoitteeseen [saavutettavuus@lupa-demo.example.fi](mailto:saavutettavuus@lupa-demo.example.fi). Voit myös pyytää sinulle saavuttamatonta sisältöä toisessa muodossa. Vastaamme 14 päivän kuluessa.

## Valvontaviranomainen

Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Saavutettavuusvaatimusten valvontaviranomainen on ollut Etelä-Suomen aluehallintoviraston saavutettavuusvalvonnan yksikkö; aluehallintovirastojen tehtäviä hoitaa 1.1.2026 alkaen Lupa- ja valvontavirasto. Ohjeet ilmoituksen tekemiseen: [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi).
`,
      sv: `
Detta utlåtande gäller e-tjänsten Lupa på denna adress: startsidan och tillståndsanalysen, kundens ansökningar, inloggningen och myndighetens arbetsvy. Kraven grundar sig på lagen om tillhandahållande av digitala tjänster (306/2019), och målet är nivå AA i WCAG 2.1.

## Tillgänglighetens status

Tjänsten uppfyller tillgänglighetskraven delvis. De kända bristerna räknas upp nedan.

## Hur tillgängligheten har bedömts

Bedömningen är tjänsteproducentens egen bedömning. Vid varje ändring kontrolleras de offentliga sidorna och sidorna för inloggade användare automatiskt med verktyget axe-core mot reglerna på nivå A och AA i WCAG 2.1, både i datorns och i telefonens bredd, och de viktigaste flödena testas med enbart tangentbord och utan JavaScript. Den automatiska kontrollen stoppar endast allvarliga och kritiska fynd; mindre fynd kan finnas kvar. Servicedeskens sidor (respons, anslutningsblankett, störningsanmälningar och servicebegäranden) omfattas ännu inte av den automatiska kontrollen. Ingen extern bedömning har ännu gjorts, och tjänsten har inte systematiskt testats med skärmläsare.

## Innehåll som inte är tillgängligt

- Administrationsvyn (/admin), som används av tjänstens ägare och tjänsteproducenten, har inte bedömts.
- De PDF-filer som Lupa skapar (mottagningskvittot för ansökan och myndighetens PDF-export av ärendet) är inte tillgängliga: de saknar strukturinformation, så en skärmläsare känner inte igen rubriker eller tabeller (WCAG 1.3.1), och tecken utanför den västeuropeiska teckenuppsättningen visas som frågetecken. Samma uppgifter finns som webbsidor: kvittosidan och ärendets sida.
- Inloggningssessionen upphör åtta timmar efter inloggningen utan förvarning (WCAG 2.2.1). Uppgifter som redan sparats i utkastet finns kvar.
- Bilagor och beslutshandlingar som kunder och myndigheter laddar upp är inte skapade av Lupa och har inte bedömts.

## Respons

Om du upptäcker en brist i tillgängligheten, berätta om den på [responssidan](/feedback) eller per e-post till [saavutettavuus@lupa-demo.example.fi](mailto:saavutettavuus@lupa-demo.example.fi). Du kan också begära innehåll som inte är tillgängligt för dig i en annan form. Vi svarar inom 14 dagar.

## Tillsynsmyndighet

Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten. Tillsynsmyndighet för tillgänglighetskraven har varit enheten för tillgänglighetstillsyn vid Regionförvaltningsverket i Södra Finland; regionförvaltningsverkens uppgifter sköts från och med 1.1.2026 av Lupa- ja valvontavirasto. Anvisningar för anmälan: [tillganglighetskrav.fi](https://www.tillganglighetskrav.fi).
`,
      en: `
This statement covers the Lupa e-service at this address: the front page and the permit analysis, the customer's applications, signing in and the authority workspace. The requirements are based on the Act on the Provision of Digital Services (306/2019), and the target is level AA of WCAG 2.1.

## Compliance status

The service partially meets the accessibility requirements. The known gaps are listed below.

## How accessibility was assessed

The assessment is a self-assessment by the service producer. With every change, the public pages and the pages for signed-in users are checked automatically with the axe-core tool against the WCAG 2.1 level A and AA rules, at both desktop and phone widths, and the main journeys are tested with the keyboard alone and without JavaScript. The automatic check stops only serious and critical findings; lesser ones may remain. The service desk pages (feedback, joining form, incident reports and service requests) are not yet covered by the automatic check. No external assessment has been made yet, and the service has not been systematically tested with screen readers.

## Content that is not accessible

- The admin interface (/admin), used by the owner of the service and the service producer, has not been assessed.
- The PDF files Lupa produces (the receipt of an application and the authority's PDF export of a case) are not accessible: they have no structure information, so a screen reader does not recognise headings or tables (WCAG 1.3.1), and characters outside the Western European character set are shown as question marks. The same information is available as web pages: the receipt page and the case page.
- The sign-in session ends eight hours after signing in, without advance warning (WCAG 2.2.1). Data already saved in the draft remains.
- Attachments and decision documents uploaded by customers and authorities are not produced by Lupa and have not been assessed.

## Feedback

If you notice an accessibility gap, tell us on the [feedback page](/feedback) or by email to [saavutettavuus@lupa-demo.example.fi](mailto:saavutettavuus@lupa-demo.example.fi). You may also ask for content that is not accessible to you in another format. We answer within 14 days.

## Supervisory authority

If you are not satisfied with the answer, or get no answer within two weeks, you may notify the supervisory authority. The supervisory authority for the accessibility requirements has been the accessibility supervision unit of the Regional State Administrative Agency for Southern Finland; since 1 January 2026 the tasks of the regional state administrative agencies have been carried out by Lupa- ja valvontavirasto. How to notify: [webaccessibility.fi](https://www.webaccessibility.fi).
`,
    },
  },
}
