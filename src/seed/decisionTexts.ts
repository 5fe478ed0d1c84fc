/**
 * What the demo catalogue says about decisions: whether each permit type is a permit or a
 * notification, and the appeal instructions attached to its decisions. Pure data: the
 * seeder writes it with the permit types. The instructions are a demo's generic wording,
 * not legal advice.
 */
import type { AppealKind, PermitTypeKind } from '../domain/decision-rules'
import type { LocalizedText } from '../domain/types'

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en })

/** The demo's notifications; every other permit type is a permit. */
const notificationKeys = new Set([
  'police-public-event-notification',
  'rescue-plan',
  'fireworks-notification',
  'noise-notification',
  'large-event-food-notification',
  'food-vendor-notice',
  'food-premises-notification',
  'restaurant-rescue-plan',
])

/** Decisions appealed to the administrative court directly; the others are reviewed first. */
const appealKeys = new Set(['police-public-event-notification', 'noise-notification'])

const rectification = t(
  'Tähän päätökseen tyytymätön voi hakea siihen oikaisua kirjallisella oikaisuvaatimuksella. Oikaisuvaatimuksen voi tehdä asianosainen 14 päivän kuluessa päätöksen tiedoksisaannista. Oikaisuvaatimus osoitetaan päätöksen tehneelle viranomaiselle, ja siinä on ilmoitettava päätös, johon haetaan oikaisua, miltä osin oikaisua haetaan, mitä oikaisua vaaditaan tehtäväksi ja millä perusteilla. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.',
  'Den som är missnöjd med detta beslut kan begära omprövning skriftligen. Begäran om omprövning kan göras av en part inom 14 dagar från delfåendet av beslutet. Begäran riktas till den myndighet som har fattat beslutet, och i den ska anges beslutet som omprövningen gäller, till vilka delar omprövning begärs, vilken ändring som yrkas och på vilka grunder. Ändring i beslutet får inte sökas genom besvär hos domstol.',
  'Anyone dissatisfied with this decision may request a review in writing. A party may request the review within 14 days of being notified of the decision. The request is addressed to the authority that made the decision and must state the decision concerned, which parts of it are to be reviewed, what change is requested and on what grounds. The decision may not be appealed to a court directly.',
)

const appeal = t(
  'Tähän päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen. Valitusaika on 30 päivää päätöksen tiedoksisaannista. Valituskirjelmässä on ilmoitettava päätös, johon haetaan muutosta, miltä osin päätökseen haetaan muutosta ja mitä muutoksia siihen vaaditaan tehtäväksi sekä vaatimusten perustelut. Valitus toimitetaan hallinto-oikeudelle sähköisesti tai postitse. Tuomioistuinmaksusta säädetään tuomioistuinmaksulaissa.',
  'Ändring i detta beslut får sökas genom besvär hos förvaltningsdomstolen. Besvärstiden är 30 dagar från delfåendet av beslutet. I besvärsskriften ska anges det beslut i vilket ändring söks, till vilka delar ändring söks och vilka ändringar som yrkas samt grunderna för yrkandena. Besvären lämnas till förvaltningsdomstolen elektroniskt eller per post. Om rättegångsavgift föreskrivs i lagen om domstolsavgifter.',
  'This decision may be appealed to the administrative court. The time for appeal is 30 days from being notified of the decision. The appeal must state the decision concerned, which parts of it are appealed, what changes are sought and the grounds for them. The appeal is delivered to the administrative court electronically or by post. Court fees are laid down in the Court Fees Act.',
)

/** The kind and the appeal instructions of a demo permit type. */
export const decisionTextsOf = (
  key: string,
): { kind: PermitTypeKind; appealKind: AppealKind; appealText: LocalizedText } => {
  const appealKind: AppealKind = appealKeys.has(key) ? 'appeal' : 'rectification'
  return {
    kind: notificationKeys.has(key) ? 'notification' : 'permit',
    appealKind,
    appealText: appealKind === 'appeal' ? appeal : rectification,
  }
}
