import { caseEventTypes } from '../cases/appendCaseEvent'
import { caseActors, caseStatuses, decisionOutcomes } from '../domain/case-status'
import type { CaseStatus, DecisionOutcome } from '../domain/case-status'
import { appealKinds, permitTypeKinds } from '../domain/decision-rules'
import type { AppealKind, PermitTypeKind } from '../domain/decision-rules'
import { dataElementTypes } from '../domain/types'
import type { DataElementType } from '../domain/types'
import { l } from './labels'

type Label = ReturnType<typeof l>

export const caseStatusLabels: Record<CaseStatus, Label> = {
  draft: l('Luonnos', 'Utkast', 'Draft'),
  submitted: l('Lähetetty', 'Skickad', 'Submitted'),
  delivered: l('Toimitettu viranomaiselle', 'Levererad till myndigheten', 'Delivered to the authority'),
  received: l('Vastaanotettu', 'Mottagen', 'Received'),
  'in-processing': l('Käsittelyssä', 'Under behandling', 'In processing'),
  'supplement-requested': l('Täydennystä pyydetty', 'Komplettering begärd', 'Supplement requested'),
  supplemented: l('Täydennetty', 'Kompletterad', 'Supplemented'),
  decided: l('Ratkaistu', 'Avgjord', 'Decided'),
  withdrawn: l('Peruttu', 'Återtagen', 'Withdrawn'),
  cancelled: l('Lakkautettu', 'Avskriven', 'Cancelled'),
}

export const decisionOutcomeLabels: Record<DecisionOutcome, Label> = {
  granted: l('Myönnetty', 'Beviljad', 'Granted'),
  'granted-with-conditions': l('Myönnetty ehdoin', 'Beviljad med villkor', 'Granted with conditions'),
  rejected: l('Hylätty', 'Avslagen', 'Denied'),
  dismissed: l('Jätetty tutkimatta', 'Avvisad', 'Dismissed'),
  acknowledged: l('Ilmoitus käsitelty', 'Anmälan behandlad', 'Notification acknowledged'),
  'acknowledged-with-instructions': l(
    'Ilmoitus käsitelty, ohjeita annettu',
    'Anmälan behandlad, anvisningar givna',
    'Notification acknowledged with instructions',
  ),
  prohibited: l('Kielletty', 'Förbjuden', 'Prohibited'),
}

export const permitTypeKindLabels: Record<PermitTypeKind, Label> = {
  permit: l('Lupa', 'Tillstånd', 'Permit'),
  notification: l('Ilmoitus', 'Anmälan', 'Notification'),
}

export const appealKindLabels: Record<AppealKind, Label> = {
  rectification: l(
    'Oikaisuvaatimusohje',
    'Anvisning om begäran om omprövning',
    'Instructions for requesting a review',
  ),
  appeal: l('Valitusosoitus', 'Besvärsanvisning', 'Instructions for appeal'),
}

export const deliveryStateLabels = {
  pending: l('Odottaa toimitusta', 'Väntar på leverans', 'Waiting for delivery'),
  delivered: l('Toimitettu', 'Levererad', 'Delivered'),
  failed: l(
    'Toimitus epäonnistui, yritetään uudelleen',
    'Leveransen misslyckades, försöker igen',
    'Delivery failed, retrying',
  ),
  'dead-lettered': l('Toimitus keskeytetty', 'Leveransen avbruten', 'Delivery stopped'),
  'not-configured': l(
    'Liitäntätapaa ei määritetty',
    'Anslutningssätt saknas',
    'No connection mode configured',
  ),
}

export const caseStatusOptions = caseStatuses.map((value) => ({ value, label: caseStatusLabels[value] }))
export const decisionOutcomeOptions = decisionOutcomes.map((value) => ({
  value,
  label: decisionOutcomeLabels[value],
}))
export const permitTypeKindOptions = permitTypeKinds.map((value) => ({
  value,
  label: permitTypeKindLabels[value],
}))
export const appealKindOptions = appealKinds.map((value) => ({ value, label: appealKindLabels[value] }))
export const deliveryStateOptions = Object.entries(deliveryStateLabels).map(([value, label]) => ({
  value,
  label,
}))

export const caseActorOptions = caseActors.map((value) => ({
  value,
  label: {
    system: l('Järjestelmä', 'Systemet', 'System'),
    customer: l('Asiakas', 'Kund', 'Customer'),
    authority: l('Viranomainen', 'Myndighet', 'Authority'),
    staff: l('Palvelun ylläpito', 'Tjänstens förvaltning', 'Service staff'),
  }[value],
}))

export const caseEventTypeOptions = caseEventTypes.map((value) => ({
  value,
  label: {
    submitted: l('Lähetetty', 'Skickad', 'Submitted'),
    'status-changed': l('Tila muuttui', 'Status ändrades', 'Status changed'),
    'delivery-attempted': l('Toimitusyritys', 'Leveransförsök', 'Delivery attempted'),
    delivered: l('Toimitettu', 'Levererad', 'Delivered'),
    'delivery-failed': l('Toimitus epäonnistui', 'Leveransen misslyckades', 'Delivery failed'),
    'delivery-not-configured': l(
      'Liitäntätapaa ei määritetty',
      'Anslutningssätt saknas',
      'No connection mode',
    ),
    changed: l('Tietoja muutettu', 'Uppgifter ändrade', 'Data changed'),
    message: l('Viesti', 'Meddelande', 'Message'),
    'reminder-sent': l('Muistutus lähetetty', 'Påminnelse skickad', 'Reminder sent'),
    escalated: l(
      'Ilmoitettu varaosoitteeseen',
      'Meddelat till reservadressen',
      'Escalated to the backup address',
    ),
    assigned: l('Käsittelijä vaihtui', 'Handläggaren ändrades', 'Handler changed'),
  }[value],
}))

export const dataElementTypeLabels: Record<DataElementType, Label> = {
  text: l('Lyhyt teksti', 'Kort text', 'Short text'),
  longText: l('Pitkä teksti', 'Lång text', 'Long text'),
  email: l('Sähköpostiosoite', 'E-postadress', 'Email address'),
  phone: l('Puhelinnumero', 'Telefonnummer', 'Phone number'),
  integer: l('Kokonaisluku', 'Heltal', 'Whole number'),
  number: l('Luku', 'Tal', 'Number'),
  boolean: l('Kyllä / ei', 'Ja / nej', 'Yes / no'),
  date: l('Päivämäärä', 'Datum', 'Date'),
  time: l('Kellonaika', 'Klockslag', 'Time of day'),
  select: l('Yksi vaihtoehdoista', 'Ett av alternativen', 'One of the options'),
  multiSelect: l('Monta vaihtoehdoista', 'Flera av alternativen', 'Several of the options'),
  businessId: l('Y-tunnus', 'FO-nummer', 'Business ID'),
  postcode: l('Postinumero', 'Postnummer', 'Postcode'),
  attachment: l('Liitetiedosto', 'Bifogad fil', 'File attachment'),
}

export const dataElementTypeOptions = dataElementTypes.map((value) => ({
  value,
  label: dataElementTypeLabels[value],
}))

export const localeOptions = [
  { value: 'fi', label: 'Suomi' },
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
]
