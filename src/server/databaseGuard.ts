import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { isDatabaseAnswering } from '../db/pingDatabase'

const messages = {
  fi: 'Palvelu on hetken poissa käytöstä. Yritä hetken päästä uudelleen.',
  sv: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
  en: 'The service is unavailable for a moment. Please try again shortly.',
}

const hasCredentials = (headers: Record<string, unknown>, sessionCookie: string) =>
  Boolean(headers.authorization) || String(headers.cookie ?? '').includes(`${sessionCookie}=`)

/**
 * While the database cannot be reached, a signed-in request answers 503 with Retry-After:
 * otherwise the user lookup fails and the request looks signed out (401, or the sign-in
 * page). The database is asked at most once per `freshMs` while it answers.
 */
export const databaseGuard = ({
  payload,
  sessionCookie,
  freshMs = 1000,
  timeoutMs = 2000,
}: {
  payload: Payload
  sessionCookie: string
  freshMs?: number
  timeoutMs?: number
}): RequestHandler => {
  let answeredAt = 0
  let asking: Promise<boolean> | null = null
  const isUp = () => {
    if (Date.now() - answeredAt < freshMs) return Promise.resolve(true)
    asking ??= isDatabaseAnswering(payload, timeoutMs)
      .then((isAnswering) => {
        if (isAnswering) answeredAt = Date.now()
        return isAnswering
      })
      .finally(() => {
        asking = null
      })
    return asking
  }
  return (req, res, next) => {
    if (!hasCredentials(req.headers, sessionCookie)) return next()
    void isUp().then((isAnswering) => {
      if (isAnswering) return next()
      const language = req.acceptsLanguages('fi', 'sv', 'en') || 'fi'
      const message = messages[language as keyof typeof messages]
      res.status(503).set({ 'Retry-After': '5', 'Cache-Control': 'no-store' })
      if (req.path.startsWith('/api/')) res.json({ errors: [{ message }] })
      else res.type('text/plain').send(message)
    })
  }
}
