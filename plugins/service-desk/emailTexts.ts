import type { Locale, LocalizedText } from '../../src/domain/types'
import type { SlaNotice } from './domain/sla'
import { serviceHoursOf } from './domain/sla'
import { localize } from '../../src/domain/localize'

type Texts = LocalizedText & { sv: string; en: string }

const intlLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** A moment as Finnish wall-clock time in the reader's language, e.g. "22.6.2026 klo 10.00". */
export const helsinkiTime = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date)

const noticeTexts: Record<SlaNotice['kind'], { subject: Texts; lead: Texts }> = {
  reminder: {
    subject: { fi: 'Määräaika lähestyy', sv: 'Tidsfristen närmar sig', en: 'Deadline near' },
    lead: {
      fi: 'Palvelutason määräaika lähestyy. Kolme neljäsosaa sallitusta palveluajasta on käytetty.',
      sv: 'Servicenivåns tidsfrist närmar sig. Tre fjärdedelar av den tillåtna tjänstetiden har använts.',
      en: 'A service-level deadline is near: three quarters of the allowed service time is used.',
    },
  },
  breach: {
    subject: { fi: 'Määräaika ylittynyt', sv: 'Tidsfristen överskriden', en: 'Deadline breached' },
    lead: {
      fi: 'Palvelutason määräaika on ylittynyt.',
      sv: 'Servicenivåns tidsfrist har överskridits.',
      en: 'A service-level deadline has been breached.',
    },
  },
}

const labels: Record<Locale, { clock: string; class: string; due: string; left: string; open: string }> = {
  fi: {
    clock: 'Määräaika',
    class: 'Luokka',
    due: 'Määräaika päättyy',
    left: 'Aikaa jäljellä',
    open: 'Avaa:',
  },
  sv: { clock: 'Tidsfrist', class: 'Klass', due: 'Tidsfristen går ut', left: 'Tid kvar', open: 'Öppna:' },
  en: { clock: 'Clock', class: 'Class', due: 'Due', left: 'Time left', open: 'Open:' },
}

const hours: Record<Locale, string> = { fi: 'palvelutuntia', sv: 'tjänstetimmar', en: 'service hours' }

/**
 * The service desk's email about a record's clock, in Finnish, Swedish and English. It
 * names the record by its number and class and links to it: nothing the reporter wrote,
 * so no personal data travels by email.
 */
export const slaNoticeEmailOf = ({
  notice,
  noun,
  recordId,
  clockName,
  classLabel,
  leftMinutes,
  link,
}: {
  notice: SlaNotice
  noun: Texts
  recordId: number | string
  clockName: Texts
  classLabel: Texts
  leftMinutes: number
  link: string
}) => {
  const texts = noticeTexts[notice.kind]
  const section = (locale: Locale) => {
    const label = labels[locale]
    return [
      localize(texts.lead, locale),
      '',
      `${localize(noun, locale)} ${recordId}`,
      `${label.class}: ${localize(classLabel, locale)}`,
      `${label.clock}: ${localize(clockName, locale)}`,
      `${label.due}: ${helsinkiTime(notice.dueAt, locale)}`,
      `${label.left}: ${serviceHoursOf(leftMinutes)} ${hours[locale]}`,
      `${label.open} ${link}`,
    ].join('\n')
  }
  return {
    subject: `Lupa: ${texts.subject.fi} / ${texts.subject.sv} – ${noun.fi} ${recordId} (${clockName.fi})`,
    text: [section('fi'), section('sv'), section('en')].join('\n\n---\n\n') + '\n',
  }
}

const maintenanceTexts: Record<
  Locale,
  { subject: string; lead: string; from: string; to: string; footer: string }
> = {
  fi: {
    subject: 'Lupa-palvelun huoltokatko',
    lead: 'Lupa-palvelussa on suunniteltu huoltokatko. Palvelu ei ole käytettävissä katkon aikana.',
    from: 'Alkaa',
    to: 'Päättyy',
    footer: 'Tämä on automaattinen viesti Lupa-palvelusta.',
  },
  sv: {
    subject: 'Underhållsavbrott i tjänsten Lupa',
    lead: 'Ett underhållsavbrott är planerat i tjänsten Lupa. Tjänsten är inte tillgänglig under avbrottet.',
    from: 'Börjar',
    to: 'Slutar',
    footer: 'Detta är ett automatiskt meddelande från tjänsten Lupa.',
  },
  en: {
    subject: 'Lupa service maintenance break',
    lead: 'A maintenance break is planned in the Lupa service. The service is not available during the break.',
    from: 'Starts',
    to: 'Ends',
    footer: 'This is an automatic message from the Lupa service.',
  },
}

/** A maintenance notice to one user, in their language (Finnish text where a translation is missing). */
export const maintenanceEmailOf = ({
  locale,
  startsAt,
  endsAt,
  description,
  link,
}: {
  locale: Locale
  startsAt: Date
  endsAt: Date
  description: LocalizedText
  link: string
}) => {
  const texts = maintenanceTexts[locale]
  return {
    subject: `${texts.subject} ${helsinkiTime(startsAt, locale)}`,
    text:
      [
        texts.lead,
        '',
        `${texts.from}: ${helsinkiTime(startsAt, locale)}`,
        `${texts.to}: ${helsinkiTime(endsAt, locale)}`,
        '',
        localize(description, locale),
        '',
        link,
        '',
        texts.footer,
      ].join('\n') + '\n',
  }
}
