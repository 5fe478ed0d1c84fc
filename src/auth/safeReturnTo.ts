/**
 * A path on this site to send the visitor back to, or '/' for anything else: no other
 * origins, no protocol-relative ('//evil.example') or backslash tricks ('/\evil.example').
 */
export const safeReturnTo = (value: unknown): string => {
  if (typeof value !== 'string' || value.length > 2000) return '/'
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f))
    return '/'
  try {
    const url = new URL(value, 'http://lupa.invalid')
    return url.origin === 'http://lupa.invalid' ? `${url.pathname}${url.search}${url.hash}` : '/'
  } catch {
    return '/'
  }
}
