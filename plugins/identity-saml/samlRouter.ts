import { randomBytes } from 'node:crypto'
import { inflateRawSync } from 'node:zlib'

import type { Profile } from '@node-saml/passport-saml'
import express from 'express'
import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { writeAudit } from '../../src/access/auditHooks'
import { endSession, expiredSessionCookie, userOfHeaders } from '../../src/auth/sessions'
import { safeReturnTo } from '../../src/auth/safeReturnTo'
import type { HostRouter } from '../../src/server/createApp'
import { sameOrigin } from '../../src/server/sameOrigin'
import { auditRequest } from './auditRequest'
import { continuePage, errorPage, localeOfRequest } from './errorPage'
import { identityOf } from './identityOf'
import type { IdentityKeys } from './identityKeys'
import type { AdmitUser } from './options'
import type { IdpKey } from './identitySlugs'
import { idpKeys, identitySlugs } from './identitySlugs'
import { saveReturnTo } from './samlCache'
import { checkLogoutMessage, checkNoComments, checkResponseEnvelope, readAssertion } from './samlMessages'
import { SamlRefusal } from './samlRefusal'
import { endSamlSessions, forgetSamlSession, samlSessionOfSid } from './samlSessions'
import { signIn } from './signIn'
import type { SamlTiming, SpService } from './spService'

const noStore = { 'Cache-Control': 'no-store' }
/** Redirect-binding signature algorithms accepted from an IdP (no SHA-1). */
const signatureAlgorithms = [
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]
const maxMessageBytes = 1024 * 1024

/** Personal identity codes never reach a log, even inside a library's error message. */
const redacted = (message: string) =>
  message.replace(/\d{6}[+\-A-FU-Y]\d{3}[0-9A-Y]/gi, '[identity code]').slice(0, 500)

const stringOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null)

/** node-saml's verdict as a refusal of `kind` (its message is for the security log). */
const verified = async <T>(kind: 'failed' | 'logout', work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    if (error instanceof SamlRefusal) throw error
    throw new SamlRefusal(kind, (error as Error)?.message ?? String(error))
  }
}

/** The headers of an express request, for Payload's `auth`. */
const headersOf = (req: Request) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
  return headers
}

/** A redirect-binding message, inflated (at most 1 MB). */
const inflated = (value: string) => {
  try {
    return inflateRawSync(Buffer.from(value, 'base64'), { maxOutputLength: maxMessageBytes }).toString('utf8')
  } catch {
    throw new SamlRefusal('logout', 'The message could not be inflated')
  }
}

/**
 * The SAML routes of every IdP under `/auth/<idp>/`: `login` (redirect to the IdP with a
 * signed AuthnRequest), `acs` (the IdP's response: verified, then a Payload session),
 * `metadata` (Lupa's SP metadata), `logout` (POST: the user's own single logout; GET: the
 * IdP's logout request or its answer to ours). An IdP that is not configured answers 404.
 */
export const samlRouter =
  ({
    services: makeServices,
    keysOf,
    timing,
    admitUser,
  }: {
    services: (parts: { payload: Payload; publicUrl: string }) => Partial<Record<IdpKey, SpService>>
    keysOf: (payload: Payload) => IdentityKeys
    timing: SamlTiming
    admitUser?: AdmitUser
  }): HostRouter['router'] =>
  ({ payload, publicUrl }) => {
    const services = makeServices({ payload, publicUrl })
    const keys = keysOf(payload)
    const router = express.Router()
    const form = express.urlencoded({ extended: false, limit: '2mb', parameterLimit: 10 })

    const serviceOf = (idp: IdpKey) => {
      const service = services[idp]
      if (!service) throw new SamlRefusal('unavailable', `${idp} is not configured`)
      return service
    }

    /** The refusal page, a security log entry (warn) and an audit entry; never a stack trace. */
    const refuse = async (req: Request, res: Response, idp: IdpKey, error: unknown) => {
      const reference = randomBytes(6).toString('hex')
      const refusal = error instanceof SamlRefusal ? error : null
      const detail = redacted(refusal?.message ?? (error as Error)?.message ?? String(error))
      if (refusal)
        payload.logger.warn({
          msg: `SAML ${idp} refused (${refusal.kind}): ${detail}`,
          reference,
          ip: req.ip,
        })
      else
        payload.logger.error({
          msg: `SAML ${idp} failed: ${detail}`,
          reference,
          ip: req.ip,
          // The frames only: a message may quote a value.
          stack: (error as Error)?.stack?.split('\n').slice(1, 8).join('\n'),
        })
      try {
        await writeAudit({
          req: await auditRequest({ payload, ip: req.ip }),
          action: 'denied',
          resource: identitySlugs.identities,
          detail: { idp, kind: refusal?.kind ?? 'error', reason: detail, reference, path: req.path },
        })
      } catch (auditError) {
        payload.logger.error({ err: auditError, msg: 'Could not write the audit entry of a SAML refusal' })
      }
      if (res.headersSent) return
      const locale = localeOfRequest({
        cookie: req.get('cookie'),
        acceptLanguage: req.get('accept-language'),
      })
      res
        .status(refusal?.status ?? 500)
        .set(noStore)
        .type('html')
        .send(errorPage({ kind: refusal?.kind ?? 'failed', locale, reference }))
    }

    const handle =
      (idp: IdpKey, work: (req: Request, res: Response) => Promise<void>) =>
      async (req: Request, res: Response) => {
        try {
          await work(req, res)
        } catch (error) {
          await refuse(req, res, idp, error)
        }
      }

    const returnToFrom = async (service: SpService, idp: IdpKey, relayState: unknown) => {
      const token = stringOf(relayState)
      const saved =
        token && /^[0-9a-f]{32}$/.test(token) ? await service.cache.take(`relay:${idp}:${token}`) : null
      const returnTo = safeReturnTo(saved)
      return returnTo === '/login' ? '/' : returnTo
    }

    const rememberReturnTo = (service: SpService, idp: IdpKey, returnTo: unknown) =>
      saveReturnTo({
        cache: service.cache,
        namespace: `relay:${idp}`,
        returnTo: safeReturnTo(stringOf(returnTo)),
        ttlMs: timing.requestTtlMs,
      })

    for (const idp of idpKeys) {
      router.get(
        `/${idp}/metadata`,
        handle(idp, async (_req, res) => {
          res.set(noStore).type('application/samlmetadata+xml').send(serviceOf(idp).metadataXml)
        }),
      )

      router.get(
        `/${idp}/login`,
        handle(idp, async (req, res) => {
          const service = serviceOf(idp)
          const { saml } = await service.client()
          const relayState = await rememberReturnTo(service, idp, req.query.returnTo)
          res.set(noStore).redirect(302, await saml.getAuthorizeUrlAsync(relayState, undefined, {}))
        }),
      )

      router.post(
        `/${idp}/acs`,
        form,
        handle(idp, async (req, res) => {
          const service = serviceOf(idp)
          const { saml, idp: idpMetadata } = await service.client()
          const samlResponse = stringOf(req.body?.SAMLResponse)
          if (!samlResponse) throw new SamlRefusal('failed', 'No SAMLResponse')
          const encryptedAssertion = checkResponseEnvelope(
            Buffer.from(samlResponse, 'base64').toString('utf8'),
            { acsUrl: service.acsUrl, mustBeEncrypted: true },
          )
          const { profile } = await verified('failed', () =>
            saml.validatePostResponseAsync({ SAMLResponse: samlResponse }),
          )
          if (!profile?.getAssertionXml || !encryptedAssertion)
            throw new SamlRefusal('failed', 'No assertion')
          // The verified assertion is canonical (comments gone): the comment check needs the original.
          checkNoComments(
            await verified('failed', () => service.decryptAssertion(encryptedAssertion)),
            'assertion',
          )
          const facts = readAssertion(profile.getAssertionXml(), {
            acsUrl: service.acsUrl,
            profile: service.profile,
            issuer: idpMetadata.entityId,
          })
          const identity = identityOf(idp, facts.attributes)
          const now = new Date()
          const notOnOrAfter = facts.notOnOrAfter ?? new Date(now.getTime() + timing.requestTtlMs)
          const isFirstUse = await service.cache.claim(
            `assertion:${idp}:${facts.id}`,
            '1',
            new Date(notOnOrAfter.getTime() + timing.clockSkewMs),
          )
          if (!isFirstUse) throw new SamlRefusal('failed', `Assertion ${facts.id} was already used (replay)`)

          const { cookie } = await signIn({ payload, idp, identity, facts, keys, admitUser, ip: req.ip, now })
          const locale = localeOfRequest({
            cookie: req.get('cookie'),
            acceptLanguage: req.get('accept-language'),
          })
          res
            .status(200)
            .set({ ...noStore, 'Set-Cookie': cookie })
            .type('html')
            .send(
              continuePage({
                kind: 'signedIn',
                locale,
                location: await returnToFrom(service, idp, req.body?.RelayState),
              }),
            )
        }),
      )

      // The user's own sign-out (a same-origin form post): Payload's session ends here, then
      // the IdP's session through a signed LogoutRequest when SAML opened it.
      router.post(
        `/${idp}/logout`,
        sameOrigin(publicUrl),
        form,
        handle(idp, async (req, res) => {
          const headers = headersOf(req)
          const user = await userOfHeaders({ payload, headers })
          const sid = (user as { _sid?: string } | null)?._sid
          const session = sid ? await samlSessionOfSid({ payload, sid }) : null
          const cookie = await endSession({ payload, headers })
          let location = safeReturnTo(stringOf(req.body?.returnTo))
          if (session) {
            await forgetSamlSession({ payload, id: session.id })
            const service = services[session.idp]
            const client = service ? await service.client().catch(() => null) : null
            if (service && client?.idp.sloUrl) {
              const relayState = await rememberReturnTo(service, session.idp, location)
              location = await client.saml.getLogoutUrlAsync(
                {
                  issuer: client.idp.entityId,
                  nameID: session.nameId,
                  nameIDFormat: session.nameIdFormat ?? '',
                  nameQualifier: session.nameQualifier ?? undefined,
                  spNameQualifier: session.spNameQualifier ?? undefined,
                  sessionIndex: session.sessionIndex ?? undefined,
                } satisfies Profile,
                relayState,
                {},
              )
            }
          }
          payload.logger.info({
            msg: `SAML logout`,
            userId: user?.id ?? null,
            idp: session?.idp ?? null,
            ip: req.ip,
          })
          if (location.startsWith('/')) {
            res
              .status(303)
              .set({ ...noStore, 'Set-Cookie': cookie })
              .location(location)
              .end()
            return
          }
          const locale = localeOfRequest({
            cookie: req.get('cookie'),
            acceptLanguage: req.get('accept-language'),
          })
          res
            .status(200)
            .set({ ...noStore, 'Set-Cookie': cookie })
            .type('html')
            .send(continuePage({ kind: 'signingOut', locale, location }))
        }),
      )

      // The IdP's messages (HTTP-Redirect binding): its logout request, or its answer to ours.
      router.get(
        `/${idp}/logout`,
        handle(idp, async (req, res) => {
          const service = serviceOf(idp)
          const samlRequest = stringOf(req.query.SAMLRequest)
          const samlResponse = stringOf(req.query.SAMLResponse)
          if (!samlRequest && !samlResponse) {
            res.set(noStore).redirect(303, '/')
            return
          }
          const { saml } = await service.client()
          // node-saml accepts an unsigned redirect message; Lupa does not.
          if (!stringOf(req.query.Signature) || !signatureAlgorithms.includes(String(req.query.SigAlg)))
            throw new SamlRefusal('logout', 'The logout message is not signed with RSA-SHA256 or stronger')
          const originalQuery = req.originalUrl.split('?')[1] ?? ''
          const message = checkLogoutMessage(inflated(samlRequest ?? samlResponse!), {
            kind: samlRequest ? 'LogoutRequest' : 'LogoutResponse',
            sloUrl: service.sloUrl,
          })
          const query = req.query as Record<string, string>

          if (samlResponse) {
            await verified('logout', () => saml.validateRedirectAsync(query, originalQuery))
            await service.cache.take(`request:${idp}:${message.inResponseTo}`)
            res.set(noStore).redirect(303, await returnToFrom(service, idp, req.query.RelayState))
            return
          }

          const { profile } = await verified('logout', () => saml.validateRedirectAsync(query, originalQuery))
          if (!profile?.nameID) throw new SamlRefusal('logout', 'The logout request names no one')
          const ended = await endSamlSessions({
            payload,
            idp,
            nameId: profile.nameID,
            sessionIndex: stringOf(profile.sessionIndex),
          })
          payload.logger.info({
            msg: `SAML ${idp} logout requested by the IdP`,
            endedSessions: ended.length,
            ip: req.ip,
          })
          const relayState = stringOf(req.query.RelayState)
          const location = await saml.getLogoutResponseUrlAsync(profile, relayState ?? '', {}, true)
          // The request comes through the person's browser (front channel): its cookie goes too.
          if (ended.length > 0) res.set('Set-Cookie', expiredSessionCookie(payload))
          res.set(noStore).redirect(302, location)
        }),
      )
    }
    return router
  }
