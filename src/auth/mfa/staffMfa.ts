import type {
  AfterErrorHook,
  AuthStrategy,
  CollectionAfterErrorHook,
  CollectionBeforeLoginHook,
  CollectionBeforeOperationHook,
  Endpoint,
  Field,
  FieldAccess,
  Payload,
  PayloadRequest,
} from 'payload'
import { APIError, addDataAndFileToRequest, JWTAuthentication } from 'payload'

import { clientAddressOf } from '../../access/clientAddress'
import { writeAudit } from '../../access/auditHooks'
import { isStaff, noOneField, userOf } from '../../access/roles'
import { nowOf } from '../../clock'
import { l } from '../../collections/labels'
import { slugs } from '../../collections/slugs'
import { customOf } from '../../config/custom'
import { derivedKey, seal, unseal } from '../../crypto/sealing'
import type { StoredRecoveryCode } from './recoveryCodes'
import { generateRecoveryCodes, matchRecoveryCode } from './recoveryCodes'
import { base32Decode, base32Encode, generateTotpSecret, otpauthUri, verifyTotp } from './totp'

/** The staff MFA settings on `config.custom` (see createConfig). */
export type StaffMfaSettings = {
  /**
   * Staff (owners, service producers) without a second factor can only enrol: every other
   * admin page and API call is refused until they do. @default true when LUPA_ENV=production
   */
  isRequired: boolean
}

declare module '../../config/custom' {
  interface LupaCustom {
    /** Staff MFA (see src/auth/mfa/staffMfa.ts). */
    staffMfa?: StaffMfaSettings
  }
}

/** A user row as the database holds it, with the MFA columns the API never shows. */
type StoredUser = {
  id: number | string
  email?: string | null
  role?: string | null
  mfaEnabledAt?: string | null
  mfaSecret?: string | null
  mfaPendingSecret?: string | null
  mfaLastStep?: number | null
  mfaRecoveryCodes?: StoredRecoveryCode[] | null
  loginAttempts?: number | null
  sessions?: { id: string }[] | null
}

/** Marks a signed-in staff user who must enrol before anything else (see staffMfaStrategy). */
export const setupRequiredKey = '_mfaSetupRequired'

const issuer = 'Lupa'
const staffRoles = ['owner', 'service-producer']
const isStaffRole = (role: unknown) => typeof role === 'string' && staffRoles.includes(role)

const isRequiredFor = (payload: Payload) => customOf(payload.config).staffMfa?.isRequired === true

/** Whether a signed-in user must enrol before using anything else. */
export const isSetupRequired = (payload: Payload, user: { role?: unknown; mfaEnabledAt?: unknown }) =>
  isRequiredFor(payload) && isStaffRole(user.role) && !user.mfaEnabledAt

/** The TOTP secrets' own key, derived from PAYLOAD_SECRET: rotating that secret means staff enrol again. */
const keyOf = (payload: Payload) => derivedKey({ secret: payload.secret, info: 'lupa:staff-mfa:totp-secret' })

const sealSecret = (payload: Payload, secret: Buffer) => seal(base32Encode(secret), keyOf(payload))
const unsealSecret = (payload: Payload, sealed: string) => base32Decode(unseal(sealed, keyOf(payload)))

/**
 * The stored secret, or null when it cannot be read (sealed under another PAYLOAD_SECRET):
 * then no code matches, recovery codes still do, and an owner resets the user's MFA.
 */
const storedSecretOf = (payload: Payload, stored: StoredUser) => {
  try {
    return stored.mfaSecret ? unsealSecret(payload, stored.mfaSecret) : null
  } catch {
    payload.logger.warn({ msg: 'A stored MFA secret cannot be decrypted', userId: stored.id })
    return null
  }
}

const storedUser = (req: PayloadRequest, id: number | string) =>
  req.payload.db.findOne<StoredUser>({ collection: slugs.users, req, where: { id: { equals: id } } })

const updateStored = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.db.updateOne({ collection: slugs.users, id, req, data, returning: false })

/**
 * Ends a user's sessions but `keep`. Written on its own: given an array field together with
 * other columns, the SQL adapters insert a row without the required columns, and fail.
 */
const endSessions = async (req: PayloadRequest, stored: StoredUser, keep?: string) => {
  const sessions = (stored.sessions ?? []).filter((session) => session.id === keep)
  if (sessions.length !== (stored.sessions ?? []).length) await updateStored(req, stored.id, { sessions })
}

/** Records `step` as the last one used, unless it already is or a later one is; whether it did. */
const spendStep = async (req: PayloadRequest, id: number | string, step: number) =>
  Boolean(
    await req.payload.db.updateOne({
      collection: slugs.users,
      req,
      data: { mfaLastStep: step },
      where: {
        and: [
          { id: { equals: id } },
          { or: [{ mfaLastStep: { less_than: step } }, { mfaLastStep: { exists: false } }] },
        ],
      },
    }),
  )

const cleared = {
  mfaEnabledAt: null,
  mfaSecret: null,
  mfaPendingSecret: null,
  mfaLastStep: null,
  mfaRecoveryCodes: null,
}

// ---------------------------------------------------------------------------------------
// Fields

const hiddenField = {
  hidden: true,
  access: { read: noOneField, create: noOneField, update: noOneField },
} as const

/** Staff see who has enrolled; a user sees it of themselves; nobody writes it through the API. */
const enabledReadAccess: FieldAccess = ({ req, doc }) => {
  const user = userOf(req)
  return Boolean(user && (isStaff(user) || (doc as { id?: unknown } | undefined)?.id === user.id))
}

/**
 * The users' MFA fields. The secrets and recovery hashes are hidden from the REST and GraphQL
 * APIs and the admin, and nobody writes any of them through the API: only the MFA endpoints do.
 */
export const staffMfaFields: Field[] = [
  {
    name: 'mfaEnabledAt',
    type: 'date',
    label: l(
      'Kaksivaiheinen tunnistus käytössä alkaen',
      'Tvåstegsverifiering sedan',
      'Two-step verification since',
    ),
    access: { read: enabledReadAccess, create: noOneField, update: noOneField },
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      components: { Field: '/components/StaffMfa/MfaStatusField#MfaStatusField' },
    },
  },
  /** The TOTP secret, sealed with AES-256-GCM (see keyOf). */
  { name: 'mfaSecret', type: 'text', ...hiddenField },
  /** A secret shown at enrolment, sealed, until the user confirms it with a code. */
  { name: 'mfaPendingSecret', type: 'text', ...hiddenField },
  /** The time step of the last code accepted: no code of it or before is accepted again. */
  { name: 'mfaLastStep', type: 'number', ...hiddenField },
  /** The unused recovery codes' salted scrypt hashes. */
  { name: 'mfaRecoveryCodes', type: 'json', ...hiddenField },
]

// ---------------------------------------------------------------------------------------
// Sign-in

/** Thrown by the login when the second factor is missing or wrong (401, like a wrong password). */
export class MfaCodeError extends APIError {
  readonly isMfaCodeError = true
  constructor(
    readonly userId: number | string,
    readonly isMissing: boolean,
  ) {
    super(
      isMissing
        ? 'Enter the code of your authenticator app or a recovery code.'
        : 'The verification code is not valid.',
      401,
      { isMfaRequired: true },
      true,
    )
    this.name = 'MfaCodeError'
  }
}

const codeByLogin = new WeakMap<PayloadRequest, string>()

const codeIn = (data: unknown) => {
  const record = (data ?? {}) as Record<string, unknown>
  const code = record.totp ?? record.recoveryCode
  return typeof code === 'string' ? code.trim() : undefined
}

/**
 * Keeps the code given with a login (`totp` or `recoveryCode` beside email and password) for
 * `requireSecondFactor`: Payload hands the login hooks neither the Local API's data nor
 * more of the REST body than email and password.
 */
export const captureLoginCode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const code = codeIn((args as { data?: unknown }).data) ?? codeIn(req.data)
    if (code) codeByLogin.set(req, code)
  }
  return args
}

/**
 * After the password: a user with MFA gets a session only with a fresh TOTP code (a step
 * after the last one used) or an unused recovery code, which is then spent. Payload runs
 * this before it signs the token; a throw revokes the session it has just added.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ user, req }) => {
  const stored = user as StoredUser
  if (!stored.mfaEnabledAt) return user
  const code = codeByLogin.get(req) ?? codeIn(req.data) ?? ''
  if (!code) throw new MfaCodeError(stored.id, true)
  if (/^\d{6}$/.test(code.replace(/\s/g, ''))) {
    const secret = storedSecretOf(req.payload, stored)
    const step = secret
      ? verifyTotp({ secret, code, at: nowOf(req.payload), lastUsedStep: stored.mfaLastStep })
      : null
    // Spent only if no login in parallel spent this step or a later one first.
    if (step !== null && (await spendStep(req, stored.id, step))) return user
  } else {
    const codes = stored.mfaRecoveryCodes ?? []
    const index = matchRecoveryCode({ code, stored: codes })
    if (index !== -1) {
      await updateStored(req, stored.id, { mfaRecoveryCodes: codes.filter((_, other) => other !== index) })
      return user
    }
  }
  throw new MfaCodeError(stored.id, false)
}

const isMfaCodeError = (error: unknown): error is MfaCodeError =>
  Boolean(error && typeof error === 'object' && 'isMfaCodeError' in error)

/**
 * A wrong code counts as a failed login: the account locks after `maxLoginAttempts` like
 * after wrong passwords, and the attempt is audited. It runs after the login's transaction
 * has been rolled back (Payload calls error hooks last), so both writes stay.
 */
export const recordRejectedCode: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if (!isMfaCodeError(error) || error.isMissing) return
  const { payload } = req
  const stored = await storedUser(req, error.userId)
  if (!stored) return
  const attempts = (stored.loginAttempts ?? 0) + 1
  const { maxLoginAttempts = 5, lockTime = 600_000 } = collection.auth || {}
  await updateStored(req, stored.id, {
    loginAttempts: attempts,
    ...(attempts >= maxLoginAttempts
      ? // Payload reads the lock against the real time, not Lupa's clock.
        { lockUntil: new Date(Date.now() + lockTime).toISOString() }
      : {}),
  })
  await payload.create({
    collection: slugs.auditLog,
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      actor: stored.id as number,
      actorRole: stored.role ?? null,
      action: 'denied',
      resource: slugs.users,
      resourceId: String(stored.id),
      ip: clientAddressOf(req.headers),
      detail: { reason: 'mfa-code-rejected', attempts },
    },
  })
}

/**
 * Payload's own session check, then the MFA rule: a staff user who must enrol and has not is
 * signed in without a role, so every staff rule refuses them (all of Lupa's access reads the
 * role) while the MFA endpoints and the enrolment view still know who they are. It runs
 * before Payload's JWT strategy (custom strategies come first), which thus only sees tokens
 * this one has already refused.
 */
export const staffMfaStrategy: AuthStrategy = {
  name: 'staff-mfa-jwt',
  authenticate: async (args) => {
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    const { user } = result
    if (!user || user.collection !== slugs.users || !isSetupRequired(args.payload, user)) return result
    return { ...result, user: { ...user, role: null, [setupRequiredKey]: true } as unknown as typeof user }
  },
}

/** Whether a request's user is a staff member held at enrolment (see staffMfaStrategy). */
export const isHeldForSetup = (user: unknown) =>
  Boolean(user && typeof user === 'object' && (user as Record<string, unknown>)[setupRequiredKey])

/** Refusals of a user held at enrolment say why, whatever collection refused them. */
export const explainHeldForSetup: AfterErrorHook = ({ req, error }) => {
  const status = (error as { status?: number } | null)?.status
  if (!isHeldForSetup(req.user) || (status !== 403 && status !== 401)) return undefined
  return {
    response: {
      errors: [
        {
          message: 'Set up two-step verification first: open /admin/mfa.',
          data: { isMfaSetupRequired: true },
        },
      ],
    },
    status: 403,
  }
}

// ---------------------------------------------------------------------------------------
// Endpoints

const noStore = { 'Cache-Control': 'no-store' }

const signedIn = async (req: PayloadRequest) => {
  if (!req.user || req.user.collection !== slugs.users)
    throw new APIError('Log in first.', 401, undefined, true)
  const stored = await storedUser(req, req.user.id)
  if (!stored) throw new APIError('Log in first.', 401, undefined, true)
  return stored
}

const signedInStaff = async (req: PayloadRequest) => {
  const stored = await signedIn(req)
  if (!isStaffRole(stored.role))
    throw new APIError('Two-step verification is for service staff accounts.', 403, undefined, true)
  return stored
}

/** GET /api/users/mfa: the signed-in user's MFA state. */
const statusEndpoint: Endpoint = {
  path: '/mfa',
  method: 'get',
  handler: async (req) => {
    const stored = await signedIn(req)
    return Response.json(
      {
        isEnabled: Boolean(stored.mfaEnabledAt),
        isRequired: isRequiredFor(req.payload) && isStaffRole(stored.role),
        canEnrol: isStaffRole(stored.role),
        recoveryCodesLeft: stored.mfaEnabledAt ? (stored.mfaRecoveryCodes ?? []).length : 0,
      },
      { headers: noStore },
    )
  },
}

/** POST /api/users/mfa/setup: a new secret to enrol, shown once; enrolled staff get a 409. */
const setupEndpoint: Endpoint = {
  path: '/mfa/setup',
  method: 'post',
  handler: async (req) => {
    const stored = await signedInStaff(req)
    if (stored.mfaEnabledAt)
      throw new APIError('Two-step verification is already on. An owner can reset it.', 409, undefined, true)
    const secret = generateTotpSecret()
    await updateStored(req, stored.id, { mfaPendingSecret: sealSecret(req.payload, secret) })
    return Response.json(
      {
        secret: base32Encode(secret),
        uri: otpauthUri({ secret, issuer, account: stored.email ?? String(stored.id) }),
      },
      { headers: noStore },
    )
  },
}

/**
 * POST /api/users/mfa/confirm `{ code }`: a code of the secret from `setup` turns MFA on. The
 * answer holds the recovery codes, the only time they are shown. Every other session of the
 * user ends: none of them proved the second factor.
 */
const confirmEndpoint: Endpoint = {
  path: '/mfa/confirm',
  method: 'post',
  handler: async (req) => {
    const stored = await signedInStaff(req)
    if (stored.mfaEnabledAt)
      throw new APIError('Two-step verification is already on. An owner can reset it.', 409, undefined, true)
    if (!stored.mfaPendingSecret) throw new APIError('Start the set-up first.', 400, undefined, true)
    await addDataAndFileToRequest(req)
    const code = codeIn({ totp: (req.data as { code?: unknown } | undefined)?.code }) ?? ''
    const secret = unsealSecret(req.payload, stored.mfaPendingSecret)
    const now = nowOf(req.payload)
    const step = verifyTotp({ secret, code, at: now })
    if (step === null) throw new APIError('The verification code is not valid.', 400, undefined, true)
    const { codes, stored: recoveryHashes } = generateRecoveryCodes()
    const currentSession = (req.user as { _sid?: string } | null)?._sid
    await updateStored(req, stored.id, {
      mfaEnabledAt: now.toISOString(),
      mfaSecret: stored.mfaPendingSecret,
      mfaPendingSecret: null,
      mfaLastStep: step,
      mfaRecoveryCodes: recoveryHashes,
    })
    await endSessions(req, stored, currentSession)
    await writeAudit({
      req,
      action: 'update',
      resource: slugs.users,
      resourceId: stored.id,
      detail: { mfa: 'enrolled' },
    })
    return Response.json({ recoveryCodes: codes }, { headers: noStore })
  },
}

/**
 * POST /api/users/:id/mfa/reset: an owner turns another staff user's MFA off (a lost phone);
 * the user's sessions end and they enrol again at their next sign-in.
 */
const resetEndpoint: Endpoint = {
  path: '/:id/mfa/reset',
  method: 'post',
  handler: async (req) => {
    const actor = await signedIn(req)
    // The request's user, not the stored row: an owner held at enrolment has no role yet.
    if (req.user?.role !== 'owner' || actor.role !== 'owner')
      throw new APIError('Only an owner can reset two-step verification.', 403, undefined, true)
    const id = req.routeParams?.id
    const target = typeof id === 'string' || typeof id === 'number' ? await storedUser(req, id) : null
    if (!target) throw new APIError('No such user.', 404, undefined, true)
    await updateStored(req, target.id, cleared)
    await endSessions(req, target)
    await writeAudit({
      req,
      action: 'update',
      resource: slugs.users,
      resourceId: target.id,
      detail: { mfa: 'reset' },
    })
    return Response.json({ isEnabled: false }, { headers: noStore })
  },
}

/** The MFA endpoints under /api/users. */
export const staffMfaEndpoints: Endpoint[] = [statusEndpoint, setupEndpoint, confirmEndpoint, resetEndpoint]
