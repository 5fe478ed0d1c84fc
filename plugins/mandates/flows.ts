import { createHash, randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { idOf } from '../../src/collections/relations'
import { nowOf } from '../../src/clock'
import { withTransaction } from '../../src/db/withTransaction'
import type { AuthorizationResult, Delegate, MandatesKind, OrganisationRoles } from './mandatesClient'
import { MandatesApiError, MandatesSessionExpiredError } from './mandatesClient'
import { runtimeOf } from './mandatesOptions'
import { mandatesSlugs } from './mandatesSlugs'
import { choosePrincipal } from './principal'
import type { SignedIn } from './principal'
import { endExpiredMandates, recordOrganisationRoles, recordPersonAuthorizations } from './recordMandates'
import type { FlowOutcome } from './returnTo'
import { withOutcome } from './returnTo'

/** Where the plugin's routes are served. */
export const mandatesBasePath = '/mandates'

export const callbackUrlOf = ({ publicUrl, kind }: { publicUrl: string; kind: MandatesKind }) =>
  `${publicUrl}${mandatesBasePath}/${kind}/callback`

const hashOf = (state: string) => createHash('sha256').update(state).digest('hex')

/** A callback that does not belong to the signed-in user's session: refused, and logged as such. */
export class FlowRefusedError extends Error {
  constructor(
    readonly status: 400 | 403,
    readonly reason: 'missing-state' | 'unknown-state' | 'another-session',
  ) {
    super(`Mandates callback refused: ${reason}`)
    this.name = 'FlowRefusedError'
  }
}

const logFailure = (req: PayloadRequest, error: unknown, step: string) => {
  // The client's errors name the operation and status only, never a path or an identity code.
  const detail =
    error instanceof MandatesApiError ? { operation: error.operation, status: error.status } : { err: error }
  req.payload.logger.warn({ msg: `Suomi.fi Mandates: ${step} failed`, ...detail })
}

/**
 * Starts choosing a principal: registers a Web API session for the user's personal identity
 * code, keeps the flow bound to the user's Payload session with a random `state`, and
 * answers where to send the browser (the authorisation page, or back with an outcome).
 */
export const startFlow = async ({
  req,
  user,
  kind,
  returnTo,
  lang,
  publicUrl,
}: {
  req: PayloadRequest
  user: SignedIn
  kind: MandatesKind
  returnTo: string
  lang: 'fi' | 'sv' | 'en'
  publicUrl: string
}): Promise<string> => {
  const { payload } = req
  const runtime = runtimeOf(payload)
  if (!runtime.client) return withOutcome(returnTo, 'unavailable')
  const now = nowOf(payload)
  const system = { req, overrideAccess: true, depth: 0 } as const
  await endExpiredMandates({ req, where: { user: { equals: user.id } } })
  // One open flow per session; flows nobody came back to are forgotten.
  await payload.delete({
    collection: mandatesSlugs.mandateFlows,
    where: {
      or: [
        { expiresAt: { less_than_equal: now.toISOString() } },
        { and: [{ user: { equals: user.id } }, { sid: { equals: user._sid } }] },
      ],
    },
    ...system,
  })
  const personalIdentityCode = await runtime.personalIdentityCodeOf(payload, user.id)
  if (!personalIdentityCode) return withOutcome(returnTo, 'not-identified')
  let session
  try {
    session = await runtime.client.registerSession({ kind, personalIdentityCode })
  } catch (error) {
    logFailure(req, error, 'registering the session')
    return withOutcome(returnTo, 'unavailable')
  }
  const state = randomBytes(32).toString('base64url')
  await payload.create({
    collection: mandatesSlugs.mandateFlows,
    data: {
      user: user.id,
      sid: user._sid,
      kind,
      stateHash: hashOf(state),
      webApiSessionId: session.sessionId,
      returnTo,
      expiresAt: new Date(now.getTime() + runtime.flowTtlMs).toISOString(),
    },
    ...system,
  })
  return runtime.client.authorizeUrl({
    userId: session.userId,
    redirectUri: callbackUrlOf({ publicUrl, kind }),
    lang,
    state,
  })
}

/**
 * Completes a flow when the browser comes back: the `state` must be one this user's session
 * started (else `FlowRefusedError`); then the code is exchanged, the roles or authorisations
 * read and recorded, and the only principal granted is chosen. Answers where to send the
 * browser: the page the flow started from, with the outcome.
 */
export const completeFlow = async ({
  req,
  user,
  kind,
  query,
  publicUrl,
}: {
  req: PayloadRequest
  user: SignedIn
  kind: MandatesKind
  query: Record<string, unknown>
  publicUrl: string
}): Promise<string> => {
  const { payload } = req
  const runtime = runtimeOf(payload)
  const system = { req, overrideAccess: true, depth: 0 } as const
  const state = typeof query.state === 'string' ? query.state : ''
  if (!state) throw new FlowRefusedError(400, 'missing-state')
  const { docs } = await payload.find({
    collection: mandatesSlugs.mandateFlows,
    where: { stateHash: { equals: hashOf(state) } },
    limit: 1,
    pagination: false,
    ...system,
  })
  const flow = docs.at(0)
  if (!flow) throw new FlowRefusedError(400, 'unknown-state')
  // A state is good for one try, whoever brings it.
  await payload.delete({ collection: mandatesSlugs.mandateFlows, id: flow.id, ...system })
  if (String(idOf(flow.user)) !== String(user.id) || flow.sid !== user._sid || flow.kind !== kind)
    throw new FlowRefusedError(403, 'another-session')

  const back = (outcome: FlowOutcome) => withOutcome(flow.returnTo, outcome)
  if (new Date(flow.expiresAt) <= nowOf(payload)) return back('expired')
  if (query.error !== undefined) return back(query.error === 'access_denied' ? 'cancelled' : 'unavailable')
  const code = typeof query.code === 'string' ? query.code : ''
  if (!code || !runtime.client || !runtime.settings) return back('unavailable')

  const { client, settings } = runtime
  const sessionId = flow.webApiSessionId
  let answers:
    | { kind: 'ypa'; organisations: OrganisationRoles[] }
    | { kind: 'hpa'; persons: { delegate: Delegate; result: AuthorizationResult }[] }
  try {
    const { access_token: accessToken } = await client.exchangeCode({
      code,
      redirectUri: callbackUrlOf({ publicUrl, kind }),
    })
    if (kind === 'ypa') {
      answers = { kind, organisations: await client.organisationRoles({ sessionId, accessToken }) }
    } else {
      const delegates = await client.delegates({ sessionId, accessToken })
      const persons = []
      for (const delegate of delegates)
        persons.push({
          delegate,
          result: await client.authorization({
            sessionId,
            accessToken,
            principalId: delegate.personId,
            issue: settings.issue,
          }),
        })
      answers = { kind, persons }
    }
  } catch (error) {
    logFailure(req, error, 'reading the chosen principal')
    return back(error instanceof MandatesSessionExpiredError ? 'expired' : 'unavailable')
  }

  // Everything the answers change is written together, or not at all.
  const recorded = await withTransaction(req, async () => {
    const granted =
      answers.kind === 'ypa'
        ? await recordOrganisationRoles({ req, user, organisations: answers.organisations, runtime })
        : await recordPersonAuthorizations({
            req,
            user,
            answers: answers.persons,
            runtime,
            issue: settings.issue,
          })
    // Choosing on the authorisation page is an explicit choice; with several, the user picks in Lupa.
    if (granted.granted.length === 1) await choosePrincipal({ req, user, mandateId: granted.granted[0] })
    return granted
  })
  if (recorded.granted.length > 0) return back('granted')
  return back(recorded.isIncomplete ? 'unavailable' : 'refused')
}
