import { Writable } from 'node:stream'

import { renderToPipeableStream } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import type { AppLoadContext, EntryContext } from 'react-router'
import { ServerRouter } from 'react-router'
import { ServerStyleSheet } from 'styled-components'

import { getLocale, i18nOf } from './i18n/i18next.server'

/** How long data may take before the render is cut off (React Router reads this export). */
export const streamTimeout = 5_000

/**
 * Renders the whole page before sending it: styled-components (the Suomi.fi design system)
 * collects the styles of everything rendered, and they go into the head. Such pages cannot
 * stream; every route here is rendered to the end first.
 *
 * The response's Content-Security-Policy allows inline scripts only with its nonce (see
 * src/server/securityHeaders.ts): the host hands it in through the load context. Given to
 * `<ServerRouter nonce>`, it is the default of `<Scripts>`, `<ScrollRestoration>` and
 * `<Links>` (as in React Router 7.18), and to React for any inline script of its own.
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext?: AppLoadContext,
) {
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders })
  }

  const i18n = await i18nOf(await getLocale(request))
  const nonce = loadContext?.cspNonce

  const sheet = new ServerStyleSheet()
  try {
    let status = responseStatusCode
    let timeout: ReturnType<typeof setTimeout> | undefined
    const html = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = []
      const sink = new Writable({
        write(chunk: Buffer | string, _encoding, callback) {
          chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
          callback()
        },
        final(callback) {
          clearTimeout(timeout)
          resolve(Buffer.concat(chunks).toString('utf8'))
          callback()
        },
      })
      const { pipe, abort } = renderToPipeableStream(
        sheet.collectStyles(
          <I18nextProvider i18n={i18n}>
            <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
          </I18nextProvider>,
        ),
        {
          nonce,
          onAllReady() {
            pipe(sink)
          },
          onShellError(error: unknown) {
            clearTimeout(timeout)
            reject(error)
          },
          onError(error: unknown) {
            status = 500
            console.error(error)
          },
        },
      )
      timeout = setTimeout(() => abort(), streamTimeout + 1000)
    })

    const page = html.replace('</head>', `${sheet.getStyleTags()}</head>`)
    responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
    responseHeaders.append('Vary', 'Cookie, Accept-Language')
    return new Response(page, { headers: responseHeaders, status })
  } finally {
    sheet.seal()
  }
}
