import type { DeliveryEventType } from '../connections/types'

/**
 * What an authority's users are told by email: a delivered event, a case nobody has
 * opened, or a case assigned to the user.
 */
export type AuthorityNoticeKind = DeliveryEventType | 'reminder' | 'escalation' | 'assigned'

type Lines = { subject: string; lead: string }
type Language = 'fi' | 'sv' | 'en'

const leads: Record<AuthorityNoticeKind, Record<Language, Lines>> = {
  'case.submitted': {
    fi: { subject: 'Uusi asia', lead: 'Lupa-palveluun on saapunut viranomaisellenne uusi asia.' },
    sv: {
      subject: 'Nytt ärende',
      lead: 'Ett nytt ärende till er myndighet har kommit in till tjänsten Lupa.',
    },
    en: { subject: 'New case', lead: 'A new case for your authority has arrived in the Lupa service.' },
  },
  'case.changed': {
    fi: { subject: 'Hakemuksen tietoja muutettu', lead: 'Asiakas on muuttanut asian tietoja.' },
    sv: { subject: 'Ansökans uppgifter ändrade', lead: 'Kunden har ändrat uppgifterna i ärendet.' },
    en: { subject: 'Application data changed', lead: 'The customer has changed the data of the case.' },
  },
  'case.supplemented': {
    fi: { subject: 'Hakemusta täydennetty', lead: 'Asiakas on vastannut täydennyspyyntöönne.' },
    sv: { subject: 'Ansökan kompletterad', lead: 'Kunden har svarat på er begäran om komplettering.' },
    en: { subject: 'Application supplemented', lead: 'The customer has answered your supplement request.' },
  },
  'case.withdrawn': {
    fi: { subject: 'Hakemus peruttu', lead: 'Asiakas on perunut hakemuksensa tässä asiassa.' },
    sv: { subject: 'Ansökan återtagen', lead: 'Kunden har återtagit sin ansökan i ärendet.' },
    en: {
      subject: 'Application withdrawn',
      lead: 'The customer has withdrawn the application in this case.',
    },
  },
  'message.created': {
    fi: { subject: 'Uusi viesti', lead: 'Asiaan on tullut uusi viesti.' },
    sv: { subject: 'Nytt meddelande', lead: 'Ett nytt meddelande har kommit in i ärendet.' },
    en: { subject: 'New message', lead: 'There is a new message in the case.' },
  },
  reminder: {
    fi: {
      subject: 'Muistutus: avaamaton asia',
      lead: 'Viranomaisellenne toimitettua asiaa ei ole vielä avattu Lupa-palvelussa.',
    },
    sv: {
      subject: 'Påminnelse: oöppnat ärende',
      lead: 'Ärendet som levererades till er myndighet har ännu inte öppnats i tjänsten Lupa.',
    },
    en: {
      subject: 'Reminder: unopened case',
      lead: 'The case delivered to your authority has not yet been opened in the Lupa service.',
    },
  },
  escalation: {
    fi: {
      subject: 'Avaamaton asia odottaa käsittelijää',
      lead: 'Asiaa ei ole avattu Lupa-palvelussa määräajassa, vaikka siitä on muistutettu. Ohjaattehan asian käsittelijälle.',
    },
    sv: {
      subject: 'Ett oöppnat ärende väntar på handläggare',
      lead: 'Ärendet har inte öppnats i tjänsten Lupa i tid trots påminnelse. Vänligen se till att ärendet får en handläggare.',
    },
    en: {
      subject: 'An unopened case is waiting for a handler',
      lead: 'The case has not been opened in the Lupa service in time, despite a reminder. Please pass it to a handler.',
    },
  },
  assigned: {
    fi: {
      subject: 'Sinulle on osoitettu asia',
      lead: 'Sinut on merkitty asian käsittelijäksi Lupa-palvelussa.',
    },
    sv: {
      subject: 'Ett ärende har tilldelats dig',
      lead: 'Du har angetts som handläggare för ärendet i tjänsten Lupa.',
    },
    en: {
      subject: 'A case has been assigned to you',
      lead: 'You are now the handler of the case in the Lupa service.',
    },
  },
}

const labels: Record<Language, { authority: string; permitType: string; caseNumber: string; open: string }> =
  {
    fi: { authority: 'Viranomainen', permitType: 'Lupatyyppi', caseNumber: 'Asianumero', open: 'Avaa asia:' },
    sv: {
      authority: 'Myndighet',
      permitType: 'Tillståndstyp',
      caseNumber: 'Ärendenummer',
      open: 'Öppna ärendet:',
    },
    en: {
      authority: 'Authority',
      permitType: 'Permit type',
      caseNumber: 'Case number',
      open: 'Open the case:',
    },
  }

const footer = [
  'Tämä on automaattinen viesti. Viesti ei sisällä henkilötietoja; asian tiedot näet kirjautumalla palveluun.',
  'Detta är ett automatiskt meddelande utan personuppgifter; logga in i tjänsten för att se ärendet.',
  'This is an automatic message without personal data; sign in to the service to see the case.',
]

/**
 * The email an authority gets about its case, in Finnish, Swedish and English. It names
 * the permit type and the case number and links to the case: no personal data and nothing
 * the customer wrote, so it is safe to send over plain email.
 */
export const authorityNoticeOf = ({
  kind,
  caseNumber,
  permitTypeName,
  link,
  authorityName,
}: {
  kind: AuthorityNoticeKind
  caseNumber: string
  permitTypeName: string
  link: string
  /** Named in escalations, which go to an address that may serve several units. */
  authorityName?: string
}) => {
  const lines = leads[kind]
  const section = (language: Language) => {
    const label = labels[language]
    return [
      lines[language].lead,
      '',
      ...(authorityName ? [`${label.authority}: ${authorityName}`] : []),
      `${label.permitType}: ${permitTypeName}`,
      `${label.caseNumber}: ${caseNumber}`,
      `${label.open} ${link}`,
    ].join('\n')
  }
  return {
    subject: `Lupa: ${lines.fi.subject} / ${lines.sv.subject} – ${caseNumber}`,
    text: [section('fi'), section('sv'), section('en'), footer.join('\n')].join('\n\n---\n\n') + '\n',
  }
}
