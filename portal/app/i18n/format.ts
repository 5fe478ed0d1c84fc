import type { Locale } from '../../../src/domain/types'

/** The Intl locale used for each UI language: Finnish and Swedish as written in Finland. */
export const intlLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

/** A calendar date ('YYYY-MM-DD') written out in the language, e.g. "12. kesäkuuta 2027". */
export const formatDate = ({ date, locale }: { date: string; locale: Locale }): string =>
  new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))

/** A number with the language's digit grouping and decimal separator. */
export const formatNumber = ({ value, locale }: { value: number; locale: Locale }): string =>
  new Intl.NumberFormat(intlLocale[locale]).format(value)

/** An instant as Finnish local date and time in the language, e.g. "ma 1.12.2026 klo 8.00". */
export const formatDateTime = ({ instant, locale }: { instant: Date | string; locale: Locale }): string =>
  new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(instant))

/** A file size in the language: megabytes to one decimal, else whole kilobytes (at least 1). */
export const formatFileSize = ({ bytes, locale }: { bytes: number; locale: Locale }): string =>
  bytes >= 1024 * 1024
    ? `${formatNumber({ value: Math.round((bytes / 1024 / 1024) * 10) / 10, locale })} MB`
    : `${formatNumber({ value: Math.max(1, Math.round(bytes / 1024)), locale })} kB`
