/** Nodemailer transport options from `smtp://user:pass@host:port` (or `smtps://`). */
export const smtpTransportOptions = (smtpUrl: string) => {
  const url = new URL(smtpUrl)
  const isSecure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: Number(url.port || (isSecure ? 465 : 587)),
    secure: isSecure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // Local development servers (and the tests' in-process server) speak plain SMTP.
    ignoreTLS: !isSecure && ['localhost', '127.0.0.1', '::1'].includes(url.hostname),
  }
}
