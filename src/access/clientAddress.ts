/**
 * The header that carries a request's client address from the express host to Payload.
 * Express works it out from the socket and the trusted proxies' X-Forwarded-For, and sets
 * it on every request, overwriting whatever the client sent under this name.
 */
export const clientAddressHeader = 'x-lupa-client-address'

export const clientAddressOf = (headers: Headers | undefined) => headers?.get(clientAddressHeader) || null
