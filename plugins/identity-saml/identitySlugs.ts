/** The plugin's collections (stable slugs: never rename). */
export const identitySlugs = {
  identities: 'identities',
  samlSessions: 'saml-sessions',
  samlCache: 'saml-cache',
} as const

/** The identity providers Lupa trusts, by the key in their routes (`/auth/<key>/…`) and records. */
export const idpKeys = ['suomifi', 'virtu'] as const
export type IdpKey = (typeof idpKeys)[number]

/** Where the SAML routes are mounted on the host. */
export const authPath = '/auth'
