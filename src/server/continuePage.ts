const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * A page of Lupa's own that moves on to `location` at once (a refresh, and a link for when it
 * does not happen), where a redirect would not do:
 * - after a cross-site arrival (an IdP's form post, a return from Suomi.fi Mandates): a
 *   redirect keeps the chain cross-site, and Payload reads no session cookie on a cross-site
 *   request, so the next page would look signed out; a navigation this page starts is
 *   same-origin;
 * - before an off-site destination after a form post: browsers apply the form page's CSP
 *   `form-action 'self'` to the redirects that follow it; this page's navigation is no
 *   form submission.
 */
export const continuePage = ({
  title,
  link,
  location,
  locale,
}: {
  title: string
  link: string
  location: string
  locale: string
}) => `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0;url=${escapeHtml(location)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(title)} – Lupa</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p><a href="${escapeHtml(location)}">${escapeHtml(link)}</a></p>
</main>
</body>
</html>`
