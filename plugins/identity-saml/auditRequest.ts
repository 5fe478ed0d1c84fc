import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { clientAddressHeader } from '../../src/access/clientAddress'
import type { User } from '../../src/payload-types'

/**
 * A Local API request for the audit entries of the SAML routes: the client's address, and
 * the user once the sign-in has found them (the system otherwise).
 */
export const auditRequest = ({ payload, ip, user }: { payload: Payload; ip?: string; user?: User }) =>
  createLocalReq({ req: { headers: new Headers(ip ? { [clientAddressHeader]: ip } : {}) }, user }, payload)
