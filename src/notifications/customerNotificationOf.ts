import { caseStatusLabels } from '../collections/optionLabels'
import { isCaseStatus } from '../domain/case-status'

export const customerNotificationKinds = [
  'status-changed',
  'supplement-requested',
  'supplement-reminder',
  'decision',
  'decision-corrected',
  'message',
  'draft-expiring',
] as const
/** What happened in the customer's application. */
export type CustomerNotificationKind = (typeof customerNotificationKinds)[number]

export type CustomerLocale = 'fi' | 'sv' | 'en'

type Texts = { subject: string; lead: string }

/** What a text may mention: a case's new status, the day an abandoned draft is deleted. */
type Facts = { status: string; deleteOn: string }

const texts: Record<CustomerLocale, Record<CustomerNotificationKind, (facts: Facts) => Texts>> = {
  fi: {
    'status-changed': ({ status }) => ({
      subject: 'Hakemuksesi tila on muuttunut',
      lead: `Hakemukseesi kuuluvan asian tila on muuttunut. Uusi tila: ${status}.`,
    }),
    'supplement-requested': () => ({
      subject: 'Viranomainen pyytää täydentämään hakemustasi',
      lead: 'Viranomainen pyytää sinua täydentämään hakemustasi. Näet pyynnön ja sen määräpäivän palvelussa.',
    }),
    'supplement-reminder': () => ({
      subject: 'Muistutus: viranomainen odottaa täydennystäsi',
      lead: 'Viranomainen muistuttaa, että se odottaa vielä täydennystä hakemukseesi. Näet pyynnön ja sen määräpäivän palvelussa.',
    }),
    decision: () => ({
      subject: 'Hakemukseesi on tehty päätös',
      lead: 'Viranomainen on tehnyt päätöksen hakemukseesi kuuluvassa asiassa. Voit lukea päätöksen palvelussa.',
    }),
    'decision-corrected': () => ({
      subject: 'Hakemuksesi päätöstä on korjattu',
      lead: 'Viranomainen on korjannut päätöstä hakemukseesi kuuluvassa asiassa. Näet korjatun päätöksen, korjauksen syyn ja aiemman version palvelussa.',
    }),
    message: () => ({
      subject: 'Sinulle on uusi viesti viranomaiselta',
      lead: 'Viranomainen on lähettänyt sinulle viestin hakemukseesi liittyen. Voit lukea viestin ja vastata siihen palvelussa.',
    }),
    'draft-expiring': ({ deleteOn }) => ({
      subject: 'Keskeneräinen hakemuksesi poistetaan pian',
      lead: `Hakemusluonnostasi ei ole muokattu pitkään aikaan. Se poistetaan liitteineen ${deleteOn}, ellet sitä ennen jatka sen täyttämistä ja tallenna muutosta.`,
    }),
  },
  sv: {
    'status-changed': ({ status }) => ({
      subject: 'Statusen för din ansökan har ändrats',
      lead: `Statusen för ett ärende i din ansökan har ändrats. Ny status: ${status}.`,
    }),
    'supplement-requested': () => ({
      subject: 'Myndigheten ber dig komplettera din ansökan',
      lead: 'Myndigheten ber dig komplettera din ansökan. Du ser begäran och sista dag för kompletteringen i tjänsten.',
    }),
    'supplement-reminder': () => ({
      subject: 'Påminnelse: myndigheten väntar på din komplettering',
      lead: 'Myndigheten påminner om att den fortfarande väntar på en komplettering av din ansökan. Du ser begäran och sista dagen i tjänsten.',
    }),
    decision: () => ({
      subject: 'Ett beslut har fattats om din ansökan',
      lead: 'Myndigheten har fattat beslut i ett ärende som gäller din ansökan. Du kan läsa beslutet i tjänsten.',
    }),
    'decision-corrected': () => ({
      subject: 'Beslutet om din ansökan har rättats',
      lead: 'Myndigheten har rättat beslutet i ett ärende som gäller din ansökan. Du ser det rättade beslutet, orsaken till rättelsen och den tidigare versionen i tjänsten.',
    }),
    message: () => ({
      subject: 'Du har fått ett nytt meddelande från myndigheten',
      lead: 'Myndigheten har skickat dig ett meddelande om din ansökan. Du kan läsa och besvara det i tjänsten.',
    }),
    'draft-expiring': ({ deleteOn }) => ({
      subject: 'Din ofärdiga ansökan tas snart bort',
      lead: `Ditt ansökningsutkast har inte redigerats på länge. Det tas bort med sina bilagor ${deleteOn}, om du inte fortsätter fylla i det och sparar en ändring innan dess.`,
    }),
  },
  en: {
    'status-changed': ({ status }) => ({
      subject: 'The status of your application has changed',
      lead: `The status of a case in your application has changed. New status: ${status}.`,
    }),
    'supplement-requested': () => ({
      subject: 'The authority asks you to supplement your application',
      lead: 'The authority asks you to supplement your application. You can see the request and its due date in the service.',
    }),
    'supplement-reminder': () => ({
      subject: 'Reminder: the authority is waiting for your supplement',
      lead: 'The authority reminds you that it is still waiting for a supplement to your application. You can see the request and its due date in the service.',
    }),
    decision: () => ({
      subject: 'A decision has been made on your application',
      lead: 'The authority has made a decision in a case of your application. You can read the decision in the service.',
    }),
    'decision-corrected': () => ({
      subject: 'The decision on your application has been corrected',
      lead: 'The authority has corrected the decision in a case of your application. You can see the corrected decision, the reason for the correction and the earlier version in the service.',
    }),
    message: () => ({
      subject: 'You have a new message from the authority',
      lead: 'The authority has sent you a message about your application. You can read it and reply in the service.',
    }),
    'draft-expiring': ({ deleteOn }) => ({
      subject: 'Your unfinished application will soon be deleted',
      lead: `Your draft application has not been edited for a long time. It will be deleted with its attachments on ${deleteOn} unless you continue filling it in and save a change before then.`,
    }),
  },
}

const frame: Record<CustomerLocale, { greeting: string; signIn: string; footer: string }> = {
  fi: {
    greeting: 'Hei,',
    signIn: 'Kirjaudu Lupa-palveluun tästä:',
    footer: 'Tämä on automaattinen viesti. Älä vastaa tähän viestiin.',
  },
  sv: {
    greeting: 'Hej,',
    signIn: 'Logga in i tjänsten Lupa här:',
    footer: 'Detta är ett automatiskt meddelande. Svara inte på det.',
  },
  en: {
    greeting: 'Hello,',
    signIn: 'Sign in to Lupa here:',
    footer: 'This is an automatic message. Please do not reply to it.',
  },
}

const dayFormats: Record<CustomerLocale, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' }),
  sv: new Intl.DateTimeFormat('sv-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Helsinki' }),
}

/** The customer's language, Finnish unless they chose Swedish or English. */
export const customerLocaleOf = (value: unknown): CustomerLocale =>
  value === 'sv' || value === 'en' ? value : 'fi'

/**
 * The email telling a customer that something happened in their application. It holds no
 * personal data and nothing of the application itself: what happened, and a link to sign in.
 */
export const customerNotificationOf = ({
  kind,
  locale,
  status,
  deleteOn,
  link,
}: {
  kind: CustomerNotificationKind
  locale: CustomerLocale
  /** The new status, for `status-changed`. */
  status?: string | null
  /** The day (`YYYY-MM-DD`) an abandoned draft is deleted, for `draft-expiring`. */
  deleteOn?: string | null
  link: string
}) => {
  const statusLabel = isCaseStatus(status) ? caseStatusLabels[status][locale] : ''
  const deleteOnLabel = deleteOn ? dayFormats[locale].format(new Date(`${deleteOn}T12:00:00Z`)) : ''
  const { subject, lead } = texts[locale][kind]({ status: statusLabel, deleteOn: deleteOnLabel })
  const { greeting, signIn, footer } = frame[locale]
  return {
    subject: `Lupa: ${subject}`,
    text: [greeting, '', lead, '', signIn, link, '', footer, ''].join('\n'),
  }
}
