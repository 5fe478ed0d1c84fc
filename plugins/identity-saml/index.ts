import type { Payload, Plugin } from 'payload'

import type { Id } from '../../src/collections/relations'
import type { HostRouter } from '../../src/server/createApp'
import { Identities } from './collections/Identities'
import { SamlCache } from './collections/SamlCache'
import { SamlSessions } from './collections/SamlSessions'
import type { IdentityKeys } from './identityKeys'
import { identityKeysOf, openSubject } from './identityKeys'
import type { IdpKey } from './identitySlugs'
import { authPath, idpKeys, identitySlugs } from './identitySlugs'
import { suomifiLoas, suomifiProfile, virtuProfile } from './idpProfiles'
import type { IdentitySamlPluginOptions } from './options'
import { samlRouter } from './samlRouter'
import { samlSessionOfSid } from './samlSessions'
import { spService } from './spService'
import { withVirtuHomeOrganizations } from './virtuHomeOrganizations'
import { customOf } from '../../src/config/custom'
import { userOfHeaders } from '../../src/auth/sessions'

declare module '../../src/config/custom' {
  interface LupaCustom {
    /** The identity providers that have settings, offered at sign-in. */
    offeredIdps?: IdpKey[]
    /** The keys that seal and look up identity codes. */
    identityKeysOf?: (payload: Payload) => IdentityKeys
  }
}

const keysFor = (payload: Payload): IdentityKeys => {
  const keysOf = customOf(payload.config).identityKeysOf
  if (!keysOf) throw new Error('identitySamlPlugin is not registered')
  return keysOf(payload)
}

/**
 * Suomi.fi e-Identification and Virtu as SAML 2.0 identity providers (node-saml through
 * `@node-saml/passport-saml`): the routes under `/auth/suomifi/` and `/auth/virtu/`
 * (`login`, `acs`, `metadata`, `logout`), the identities, SAML session and SAML cache
 * collections, and the authorities' Virtu home organisations. An IdP without settings is not
 * offered; its collections and fields stay, so the schema never depends on the environment.
 */
export const identitySamlPlugin =
  (options: IdentitySamlPluginOptions = {}): Plugin =>
  (incoming) => {
    const timing = {
      clockSkewMs: options.clockSkewMs ?? 30_000,
      requestTtlMs: options.requestTtlMs ?? 15 * 60_000,
    }
    if (!(timing.clockSkewMs >= 0 && timing.clockSkewMs <= 5 * 60_000))
      throw new Error('identitySamlPlugin: clockSkewMs must be between 0 and 5 minutes')
    if (!(timing.requestTtlMs > 0)) throw new Error('identitySamlPlugin: requestTtlMs must be positive')
    if (options.encryptionKey !== undefined && options.encryptionKey.length < 32)
      throw new Error('identitySamlPlugin: encryptionKey must be at least 32 characters')
    const profiles = {
      suomifi: suomifiProfile({ requestedLoas: options.suomifiLoas ?? [suomifiLoas.high] }),
      virtu: virtuProfile,
    }
    const hostRouter: HostRouter = {
      path: authPath,
      router: samlRouter({
        services: ({ payload, publicUrl }) =>
          Object.fromEntries(
            idpKeys.flatMap((idp) => {
              const settings = options[idp]
              return settings
                ? [[idp, spService({ payload, profile: profiles[idp], settings, publicUrl, timing })]]
                : []
            }),
          ),
        keysOf: keysFor,
        timing,
        admitUser: options.admitUser,
      }),
    }
    return {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map(withVirtuHomeOrganizations),
        Identities,
        SamlSessions,
        SamlCache,
      ],
      custom: {
        ...incoming.custom,
        hostRouters: [...(customOf(incoming).hostRouters ?? []), hostRouter],
        offeredIdps: idpKeys.filter((idp) => options[idp]),
        // Without a key of its own, the identity key derives from Payload's secret.
        identityKeysOf: (payload: Payload) => identityKeysOf(options.encryptionKey ?? payload.secret),
      },
    }
  }

/**
 * The personal identity code of a user identified through Suomi.fi, decrypted — for the
 * server-side calls that need it (Suomi.fi Mandates); null when they have none. Never log it.
 */
export const personalIdentityCodeOf = async ({ payload, userId }: { payload: Payload; userId: Id }) => {
  const { docs } = await payload.find({
    collection: identitySlugs.identities,
    where: { and: [{ user: { equals: userId } }, { kind: { equals: 'personal-identity-code' } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const sealed = docs.at(0)?.sealedSubject
  return sealed ? openSubject(keysFor(payload), sealed) : null
}

/** The identity providers offered for login (configured), for the sign-in page's links. */
export const offeredIdpsOf = (payload: Payload): IdpKey[] => customOf(payload.config).offeredIdps ?? []

/**
 * Where the signed-in user's sign-out form should post: `/auth/<idp>/logout` when SAML opened
 * the session (single logout), null otherwise (the portal's own sign-out).
 */
export const singleLogoutPathOf = async ({ payload, headers }: { payload: Payload; headers: Headers }) => {
  const user = await userOfHeaders({ payload, headers })
  const sid = (user as { _sid?: string } | null)?._sid
  const session = sid ? await samlSessionOfSid({ payload, sid }) : null
  return session ? `${authPath}/${session.idp}/logout` : null
}

export { identityOptionsFromEnv } from './options'
export type { AdmitUser, IdentitySamlPluginOptions, IdpSettings } from './options'
export { identitySlugs } from './identitySlugs'
