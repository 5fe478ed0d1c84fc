import express from 'express'
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { parseCookies } from 'payload/shared'

import { writeAudit } from '../../src/access/auditHooks'
import { hasRole } from '../../src/access/roles'
import { sessionCookieName, userOfHeaders } from '../../src/auth/sessions'
import { sameOrigin } from '../../src/server/sameOrigin'
import { completeFlow, FlowRefusedError, startFlow } from './flows'
import { isMandatesKind } from './mandatesClient'
import { mandatesSlugs } from './mandatesSlugs'
import type { SignedIn } from './principal'
import { choosePrincipal, hasSession } from './principal'
import { safeReturnTo } from '../../src/auth/safeReturnTo'
import { withOutcome } from './returnTo'
import { continuePage } from '../../src/server/continuePage'

/** The hand-over pages' texts, in all three languages (the user's language is not known here). */
const continueTexts = {
  toMandates: {
    title: 'Suomi.fi-valtuudet / Suomi.fi-fullmakter / Suomi.fi Mandates',
    link: 'Jatka Suomi.fi-valtuuksiin / Fortsätt till Suomi.fi-fullmakter / Continue to Suomi.fi Mandates',
  },
  back: {
    title: 'Lupa',
    link: 'Jatka Lupaan / Fortsätt till Lupa / Continue to Lupa',
  },
}

const languages = ['fi', 'sv', 'en'] as const
type Language = (typeof languages)[number]

const refusals = {
  400: 'Pyyntöä ei voitu käsitellä. / Begäran kunde inte behandlas. / The request could not be processed.',
  403: 'Ei käyttöoikeutta. / Ingen behörighet. / Forbidden.',
  404: 'Sivua ei löydy. / Sidan hittades inte. / Not found.',
} as const

const refuse = (res: ExpressResponse, status: keyof typeof refusals) =>
  res.status(status).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send(refusals[status])

const headersOf = (req: ExpressRequest) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  return headers
}

const bodyOf = (req: ExpressRequest): Record<string, unknown> =>
  req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {}

/**
 * The headers Payload authenticates the return from the authorisation page with. The
 * browser comes back by a cross-site redirect, on which Payload (rightly, elsewhere) does
 * not accept its session cookie; here the OAuth `state`, bound to that very session and
 * good once, is what protects the request, so the cookie's token is passed as a JWT.
 */
const returnHeadersOf = (payload: Payload, headers: Headers) => {
  const token = parseCookies(headers).get(sessionCookieName(payload))
  return token ? new Headers({ Authorization: `JWT ${token}` }) : new Headers()
}

/**
 * The signed-in customer with a Payload session, and a Local API request in their name (so
 * the audit log names them); otherwise the response is sent (sign in first, or 403) and
 * the answer is null.
 */
const customerRequest = async ({
  payload,
  req,
  res,
  returnTo,
  isCrossSiteReturn = false,
}: {
  payload: Payload
  req: ExpressRequest
  res: ExpressResponse
  returnTo: string
  isCrossSiteReturn?: boolean
}): Promise<{ req: PayloadRequest; user: SignedIn } | null> => {
  const headers = headersOf(req)
  const user = await userOfHeaders({
    payload,
    headers: isCrossSiteReturn ? returnHeadersOf(payload, headers) : headers,
  })
  if (!user) {
    res.redirect(303, `/login?returnTo=${encodeURIComponent(returnTo)}`)
    return null
  }
  // The request's user is the one the flows update (its organisations), so it is the one checked.
  const payloadReq = await createLocalReq({ user, req: { headers } }, payload)
  if (!hasRole(payloadReq.user, 'customer') || !hasSession(payloadReq.user)) {
    refuse(res, 403)
    return null
  }
  return { req: payloadReq, user: payloadReq.user }
}

/** A refused request: a security log entry and an audit entry, never the request's data. */
const recordRefusal = async ({ req, reason }: { req: PayloadRequest; reason: string }) => {
  req.payload.logger.warn({ msg: `Mandates request refused: ${reason}`, userId: req.user?.id })
  await writeAudit({ req, action: 'denied', resource: mandatesSlugs.mandates, detail: { reason } })
}

const languageOf = (requested: unknown, user: SignedIn): Language =>
  languages.find((language) => language === requested) ??
  languages.find((language) => language === user.locale) ??
  'fi'

const handled =
  (handler: (req: ExpressRequest, res: ExpressResponse) => Promise<unknown>): RequestHandler =>
  (req, res, next) => {
    handler(req, res).catch(next)
  }

/**
 * The browser's side of Suomi.fi Mandates, for signed-in customers:
 * - `POST /mandates/{ypa|hpa}/start` (`returnTo`, optional `lang`): to the authorisation page
 * - `GET /mandates/{ypa|hpa}/callback`: back from it; records the answer
 * - `POST /mandates/principal` (`principal` = `self` or a mandate id, `returnTo`): switches whom the user acts for
 *
 * Each ends in a redirect to `returnTo` with `?mandates=<outcome>` (see `flowOutcomes`).
 * Posts are same-origin only (CSRF).
 */
export const mandatesRouter = ({ payload, publicUrl }: { payload: Payload; publicUrl: string }) => {
  const router = express.Router()
  const form = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 })
  const posts = [sameOrigin(publicUrl), form]

  router.post(
    '/:kind/start',
    ...posts,
    handled(async (req, res) => {
      const kind = req.params.kind
      if (!isMandatesKind(kind)) return refuse(res, 404)
      const body = bodyOf(req)
      const returnTo = safeReturnTo(body.returnTo)
      const customer = await customerRequest({ payload, req, res, returnTo })
      if (!customer) return
      const location = await startFlow({
        ...customer,
        kind,
        returnTo,
        lang: languageOf(body.lang, customer.user),
        publicUrl,
      })
      if (location.startsWith('/')) return res.set('Cache-Control', 'no-store').redirect(303, location)
      res
        .status(200)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(continuePage({ ...continueTexts.toMandates, location, locale: 'fi' }))
    }),
  )

  router.get(
    '/:kind/callback',
    handled(async (req, res) => {
      const kind = req.params.kind
      if (!isMandatesKind(kind)) return refuse(res, 404)
      const customer = await customerRequest({ payload, req, res, returnTo: '/', isCrossSiteReturn: true })
      if (!customer) return
      try {
        const location = await completeFlow({
          ...customer,
          kind,
          query: req.query,
          publicUrl,
        })
        // Back from Suomi.fi Mandates is a cross-site arrival: a page, not a redirect.
        res
          .status(200)
          .set('Cache-Control', 'no-store')
          .type('html')
          .send(continuePage({ ...continueTexts.back, location, locale: 'fi' }))
      } catch (error) {
        if (!(error instanceof FlowRefusedError)) throw error
        await recordRefusal({ req: customer.req, reason: error.reason })
        refuse(res, error.status)
      }
    }),
  )

  router.post(
    '/principal',
    ...posts,
    handled(async (req, res) => {
      const body = bodyOf(req)
      const returnTo = safeReturnTo(body.returnTo)
      const customer = await customerRequest({ payload, req, res, returnTo })
      if (!customer) return
      const requested = typeof body.principal === 'string' ? body.principal.trim() : ''
      if (!requested) return refuse(res, 400)
      const isNumericId = payload.db.defaultIDType === 'number'
      if (requested !== 'self' && isNumericId && !/^\d{1,15}$/.test(requested)) return refuse(res, 400)
      const mandateId = requested === 'self' ? null : isNumericId ? Number(requested) : requested
      const result = await choosePrincipal({ ...customer, mandateId })
      if (result.outcome === 'forbidden') {
        await recordRefusal({ req: customer.req, reason: 'not-own-mandate' })
        return refuse(res, 403)
      }
      res
        .set('Cache-Control', 'no-store')
        .redirect(303, result.outcome === 'expired' ? withOutcome(returnTo, 'expired') : returnTo)
    }),
  )
  return router
}
