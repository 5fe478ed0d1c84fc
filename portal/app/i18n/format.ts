import type { Locale } from '../../../src/domain/types'

/** The Intl locale used for each UI language: Finnish and Swedish as written in Finland. */
export const intlLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/**
 * One formatter per language and form, made once: making an Intl formatter costs far more
 * than formatting with it, and a case page formats dozens of dates.
 */
const perLocale = <T>(make: (intl: string) => T): Record<Locale, T> => ({
  fi: make(intlLocale.fi),
  sv: make(intlLocale.sv),
  en: make(intlLocale.en),
})

const dates = perLocale(
  (intl) =>
    new Intl.DateTimeFormat(intl, {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
)

const numbers = perLocale((intl) => new Intl.NumberFormat(intl))

const dateTimes = perLocale(
  (intl) =>
    new Intl.DateTimeFormat(intl, {
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/Helsinki',
    }),
)

const shortDateTimes = perLocale(
  (intl) =>
    new Intl.DateTimeFormat(intl, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Helsinki',
    }),
)

/** A calendar date ('YYYY-MM-DD') written out in the language, e.g. "12. kesäkuuta 2027". */
export const formatDate = ({ date, locale }: { date: string; locale: Locale }): string =>
  dates[locale].format(new Date(`${date}T00:00:00Z`))

/** A number with the language's digit grouping and decimal separator. */
export const formatNumber = ({ value, locale }: { value: number; locale: Locale }): string =>
  numbers[locale].format(value)

/** An instant as Finnish local date and time in the language, e.g. "ma 1.12.2026 klo 8.00". */
export const formatDateTime = ({ instant, locale }: { instant: Date | string; locale: Locale }): string =>
  dateTimes[locale].format(new Date(instant))

/** An instant as Finnish local date and time without the weekday, e.g. "1.12.2026 klo 08.00". */
export const formatShortDateTime = ({ instant, locale }: { instant: Date; locale: Locale }): string =>
  shortDateTimes[locale].format(instant)

/** The units of file sizes: Finnish writes megatavu and kilotavu as Mt and kt, as the texts do. */
const sizeUnits: Record<Locale, { mega: string; kilo: string }> = {
  fi: { mega: 'Mt', kilo: 'kt' },
  sv: { mega: 'MB', kilo: 'kB' },
  en: { mega: 'MB', kilo: 'kB' },
}

const times = perLocale(
  (intl) =>
    new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
)

/** The time of day of an instant in Finland, whatever the browser's own time zone, e.g. "08.05". */
export const formatTime = ({ instant, locale }: { instant: Date; locale: Locale }): string =>
  times[locale].format(instant)

/** A file size in the language: megabytes to one decimal, else whole kilobytes (at least 1). */
export const formatFileSize = ({ bytes, locale }: { bytes: number; locale: Locale }): string =>
  bytes >= 1024 * 1024
    ? `${formatNumber({ value: Math.round((bytes / 1024 / 1024) * 10) / 10, locale })} ${sizeUnits[locale].mega}`
    : `${formatNumber({ value: Math.max(1, Math.round(bytes / 1024)), locale })} ${sizeUnits[locale].kilo}`
