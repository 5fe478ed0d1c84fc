import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { l } from '../../src/collections/labels'
import { localize, pickLocale } from '../../src/domain/localize'
import type { Locale } from '../../src/domain/types'

export type AvailabilityProblemCode =
  | 'ends-before-start'
  | 'required'
  | 'not-an-option'
  | 'not-a-time'
  | 'in-future'
  | 'too-old'
  | 'not-a-latency'
  | 'not-text'
  | 'too-long'
  | 'not-json'
  | 'no-token'

/** Messages of the outages' validation and the outside monitors' endpoint, in three languages. */
const texts: Record<AvailabilityProblemCode, ReturnType<typeof l>> = {
  'ends-before-start': l(
    'Katko ei voi päättyä ennen kuin se alkaa',
    'Avbrottet kan inte sluta innan det börjar',
    'The outage cannot end before it starts',
  ),
  required: l('Pakollinen tieto puuttuu', 'Obligatorisk uppgift saknas', 'This is required'),
  'not-an-option': l('Valitse jokin vaihtoehdoista', 'Välj ett av alternativen', 'Choose one of the options'),
  'not-a-time': l(
    'Anna aika ISO 8601 -muodossa aikavyöhykkeineen',
    'Ange tiden i ISO 8601-format med tidszon',
    'Give the time in ISO 8601 with a time zone',
  ),
  'in-future': l(
    'Aika ei voi olla tulevaisuudessa',
    'Tiden kan inte vara i framtiden',
    'The time cannot be in the future',
  ),
  'too-old': l(
    'Tulos on yli tunnin vanha; lähetä tulokset heti',
    'Resultatet är över en timme gammalt; skicka resultaten genast',
    'The result is over an hour old; post results right away',
  ),
  'not-a-latency': l(
    'Anna vasteaika millisekunteina (0–600 000)',
    'Ange svarstiden i millisekunder (0–600 000)',
    'Give the latency in milliseconds (0–600 000)',
  ),
  'not-text': l('Anna teksti', 'Ange en text', 'Give a text'),
  'too-long': l('Enintään 500 merkkiä', 'Högst 500 tecken', 'At most 500 characters'),
  'not-json': l(
    'Lähetä yksi tulos JSON-oliona (enintään 4 kt)',
    'Skicka ett resultat som JSON-objekt (högst 4 kB)',
    'Post one result as a JSON object (at most 4 kB)',
  ),
  'no-token': l(
    'Anna valvonnan tunniste (Authorization: Bearer)',
    'Ange övervakningens token (Authorization: Bearer)',
    'Present the monitors’ token (Authorization: Bearer)',
  ),
}

/** The language of the request (Accept-Language), Finnish by default. */
export const localeOf = (req: PayloadRequest): Locale => pickLocale(req.headers?.get('accept-language'))

export const problemText = (code: AvailabilityProblemCode, locale: Locale) => localize(texts[code], locale)

/** Refuses the write with one localised message next to each field at fault. */
export const refuse = ({
  req,
  collection,
  problems,
}: {
  req: PayloadRequest
  collection: string
  problems: { path: string; code: AvailabilityProblemCode }[]
}): never => {
  const locale = localeOf(req)
  throw new ValidationError({
    collection,
    errors: problems.map(({ path, code }) => ({ path, message: problemText(code, locale) })),
  })
}
