import type { PayloadRequest } from 'payload'

import { pickLocale } from '../domain/localize'
import type { Locale } from '../domain/types'

/**
 * The language of the catalogue's messages: the admin's interface language (Payload's
 * `payload-lng` cookie, else `Accept-Language`), which Payload puts on `req.i18n`; the
 * header alone where Payload set no language.
 */
export const requestLocaleOf = (req: PayloadRequest): Locale =>
  pickLocale(req.i18n?.language ?? req.headers?.get('accept-language'))
