import { l } from '../../src/collections/labels'
import type {
  IncidentSeverity,
  IncidentStatus,
  ServiceRequestKind,
  ServiceRequestStatus,
  SlaState,
} from './domain/sla'
import {
  incidentSeverities,
  incidentStatuses,
  serviceRequestKinds,
  serviceRequestStatuses,
  slaStates,
} from './domain/sla'

type Label = ReturnType<typeof l>

const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, Label>) =>
  values.map((value) => ({ value, label: labels[value] }))

export const severityLabels: Record<IncidentSeverity, Label> = {
  critical: l('Kriittinen (4 h / 16 h)', 'Kritisk (4 h / 16 h)', 'Critical (4 h / 16 h)'),
  major: l('Merkittävä (8 h / 24 h)', 'Betydande (8 h / 24 h)', 'Major (8 h / 24 h)'),
  minor: l('Vähäinen (16 h / 40 h)', 'Mindre (16 h / 40 h)', 'Minor (16 h / 40 h)'),
}

export const incidentStatusLabels: Record<IncidentStatus, Label> = {
  reported: l('Ilmoitettu', 'Anmäld', 'Reported'),
  responded: l('Vastattu', 'Besvarad', 'Responded'),
  resolved: l('Ratkaistu', 'Löst', 'Resolved'),
}

export const requestKindLabels: Record<ServiceRequestKind, Label> = {
  critical: l('Kriittinen (16 h)', 'Kritisk (16 h)', 'Critical (16 h)'),
  normal: l('Tavallinen (40 h)', 'Normal (40 h)', 'Normal (40 h)'),
  joining: l('Liittyminen (120–240 h)', 'Anslutning (120–240 h)', 'Joining (120–240 h)'),
  'parameter-change': l(
    'Liittymisen muutos (120–240 h)',
    'Ändring av anslutningen (120–240 h)',
    'Parameter change (120–240 h)',
  ),
  'permit-type-removal': l(
    'Lupatyyppien poisto (120–240 h)',
    'Borttagning av tillståndstyper (120–240 h)',
    'Removing permit types (120–240 h)',
  ),
  leaving: l(
    'Palvelusta eroaminen (120–240 h)',
    'Utträde ur tjänsten (120–240 h)',
    'Leaving the service (120–240 h)',
  ),
}

export const requestStatusLabels: Record<ServiceRequestStatus, Label> = {
  received: l('Vastaanotettu', 'Mottagen', 'Received'),
  'in-progress': l('Työn alla', 'Under arbete', 'In progress'),
  'waiting-for-requester': l(
    'Odottaa pyytäjän tietoja (kello pysäytetty)',
    'Väntar på uppgifter från beställaren (klockan stoppad)',
    'Waiting for the requester (clock paused)',
  ),
  done: l('Valmis', 'Klar', 'Done'),
  rejected: l('Hylätty', 'Avslagen', 'Rejected'),
}

export const slaStateLabels: Record<SlaState, Label> = {
  'on-track': l('Aikataulussa', 'Enligt tidtabell', 'On track'),
  'at-risk': l('Määräaika lähestyy', 'Tidsfristen närmar sig', 'Deadline near'),
  paused: l('Kello pysäytetty', 'Klockan stoppad', 'Clock paused'),
  breached: l('Määräaika ylittynyt', 'Tidsfristen överskriden', 'Deadline breached'),
  met: l('Valmis ajallaan', 'Klar i tid', 'Met'),
}

export const channelLabels = {
  portal: l('Asiointipalvelu', 'E-tjänsten', 'Portal'),
  email: l('Sähköposti', 'E-post', 'Email'),
  phone: l('Puhelin', 'Telefon', 'Phone'),
  admin: l('Palvelupiste', 'Servicedesk', 'Service desk'),
}
export type Channel = keyof typeof channelLabels

export const severityOptions = optionsOf(incidentSeverities, severityLabels)
export const incidentStatusOptions = optionsOf(incidentStatuses, incidentStatusLabels)
export const requestKindOptions = optionsOf(serviceRequestKinds, requestKindLabels)
export const requestStatusOptions = optionsOf(serviceRequestStatuses, requestStatusLabels)
export const slaStateOptions = optionsOf(slaStates, slaStateLabels)
export const channelOptions = optionsOf(Object.keys(channelLabels) as Channel[], channelLabels)
