import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { l } from '../../src/collections/labels'
import { localize, pickLocale } from '../../src/domain/localize'
import type { SlaProblem, SlaProblemCode } from './domain/sla'

export type DeskProblemCode = SlaProblemCode | 'short-notice' | 'ends-before-start'

/** The service desk's validation messages in Finnish, Swedish and English. */
const texts: Record<DeskProblemCode, ReturnType<typeof l>> = {
  'in-future': l(
    'Aika ei voi olla tulevaisuudessa',
    'Tiden kan inte vara i framtiden',
    'The time cannot be in the future',
  ),
  'before-report': l(
    'Vastausaika ei voi olla ennen ilmoitusaikaa',
    'Svarstiden kan inte vara före anmälningstiden',
    'The response time cannot be before the report time',
  ),
  'before-response': l(
    'Ratkaisuaika ei voi olla ennen vastausaikaa',
    'Lösningstiden kan inte vara före svarstiden',
    'The resolution time cannot be before the response time',
  ),
  'severity-required': l(
    'Luokittele häiriö (vakavuus) ennen vastaamista',
    'Klassificera störningen (allvarlighetsgrad) innan du svarar',
    'Classify the incident (severity) before responding',
  ),
  'not-an-option': l('Valitse jokin vaihtoehdoista', 'Välj ett av alternativen', 'Choose one of the options'),
  'cannot-reopen': l(
    'Suljettua ei voi avata uudelleen; tee uusi ilmoitus',
    'En stängd post kan inte öppnas igen; gör en ny anmälan',
    'A closed record cannot be reopened; create a new one',
  ),
  'pause-ends-before-start': l(
    'Tauko ei voi päättyä ennen kuin se alkaa',
    'Pausen kan inte sluta innan den börjar',
    'A pause cannot end before it starts',
  ),
  'pause-before-request': l(
    'Tauko ei voi alkaa ennen pyynnön saapumista',
    'Pausen kan inte börja före begäran kom in',
    'A pause cannot start before the request came in',
  ),
  'pause-after-closing': l(
    'Tauko ei voi jatkua pyynnön sulkemisen jälkeen',
    'Pausen kan inte fortsätta efter att begäran stängdes',
    'A pause cannot last beyond the closing of the request',
  ),
  'pauses-overlap': l('Tauot menevät päällekkäin', 'Pauserna överlappar', 'The pauses overlap'),
  'pause-never-ends': l(
    'Tauolta puuttuu päättymisaika; vain viimeisin tauko voi olla käynnissä',
    'Pausen saknar sluttid; bara den senaste pausen kan pågå',
    'The pause has no end; only the latest pause can be ongoing',
  ),
  'short-notice': l(
    'Katko alkaa alle 14 päivän kuluttua: käyttäjät saavat tiedotteen heti eivätkä 14 päivää etukäteen. Vahvista lyhyt varoitusaika valitsemalla "Julkaistaan lyhyellä varoitusajalla".',
    'Avbrottet börjar om mindre än 14 dagar: användarna får meddelandet genast och inte 14 dagar i förväg. Bekräfta den korta varseltiden genom att välja "Publiceras med kort varsel".',
    'The break starts in less than 14 days: users get the notice at once, not 14 days ahead. Confirm the short notice by ticking "Publish at short notice".',
  ),
  'ends-before-start': l(
    'Katko ei voi päättyä ennen kuin se alkaa',
    'Avbrottet kan inte sluta innan det börjar',
    'The break cannot end before it starts',
  ),
}

/** The language of the request's user (Accept-Language), Finnish by default. */
export const localeOf = (req: PayloadRequest) => pickLocale(req.headers?.get('accept-language'))

/** Refuses the write with one localised message next to each field at fault. */
export const refuse = ({
  req,
  collection,
  problems,
}: {
  req: PayloadRequest
  collection: string
  problems: (SlaProblem | { path: string; code: DeskProblemCode })[]
}): never => {
  const locale = localeOf(req)
  throw new ValidationError({
    collection,
    errors: problems.map(({ path, code }) => ({ path, message: localize(texts[code], locale) })),
  })
}
