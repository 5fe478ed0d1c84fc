/**
 * Why a SAML exchange was refused, as the person sees it (the page in their language):
 * - `failed`: the message could not be verified (forged, changed, expired, replayed, unsolicited, for someone else)
 * - `cancelled`: the IdP answered with an error status (e.g. the person cancelled)
 * - `assurance`: the level of assurance is below what Lupa accepts
 * - `identifier`: the IdP identified the person in a way Lupa does not accept (e.g. an email NameID)
 * - `attributes`: an attribute Lupa needs is missing or invalid
 * - `account`: the identity cannot be given an account (e.g. an ambiguous organisation mapping)
 * - `unavailable`: the IdP is not configured, or its metadata cannot be read
 * - `logout`: a logout message could not be verified
 */
export type RefusalKind =
  'failed' | 'cancelled' | 'assurance' | 'identifier' | 'attributes' | 'account' | 'unavailable' | 'logout'

const statusOf: Record<RefusalKind, number> = {
  failed: 400,
  cancelled: 401,
  assurance: 403,
  identifier: 403,
  attributes: 403,
  account: 403,
  unavailable: 404,
  logout: 400,
}

/**
 * A refused SAML exchange. The message is for the security log only: it names what failed
 * (never a personal identity code); the person gets the page of `kind`.
 */
export class SamlRefusal extends Error {
  readonly status: number
  constructor(
    readonly kind: RefusalKind,
    message: string,
    { status }: { status?: number } = {},
  ) {
    super(message)
    this.name = 'SamlRefusal'
    this.status = status ?? statusOf[kind]
  }
}
