const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/** True for `localhost`, `[::1]` and the IPv4 loopback range 127.0.0.0/8. */
export const isLoopbackHost = (hostname: string) =>
  loopbackHosts.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname)

/**
 * Why an authority's endpoint URL is not acceptable, or null when it is. The rule:
 * `https:` always; plain `http:` only to a loopback host (`localhost`, `127.0.0.0/8`,
 * `[::1]`) and only when `allowLoopbackHttp` is on (outside production). No user info in
 * the URL: credentials belong in the signing secret, not in an address that gets logged.
 */
export const endpointUrlProblem = (value: unknown, { allowLoopbackHttp }: { allowLoopbackHttp: boolean }) => {
  if (typeof value !== 'string' || value.trim() === '') return 'An endpoint URL is required.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'The endpoint URL is not a valid absolute URL.'
  }
  if (url.username || url.password) return 'The endpoint URL must not contain a user name or password.'
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:' && allowLoopbackHttp && isLoopbackHost(url.hostname)) return null
  return allowLoopbackHttp
    ? 'The endpoint URL must use https: (plain http: is accepted only for localhost outside production).'
    : 'The endpoint URL must use https:.'
}
