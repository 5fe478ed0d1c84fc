import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { createRequestHandler } from '@react-router/express'
import express from 'express'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import type { ServerBuild } from 'react-router'

import { withUserCheckedOnce } from '../auth/sessions'
import { acceptedEncoding, encodingSuffixes } from './encodings'
import { cspNonceOf } from './securityHeaders'

export const portalRoot = path.resolve('portal')
/** Where `react-router build` puts the portal; `LUPA_PORTAL_BUILD_DIR` moves it (parallel test runs). */
export const portalBuildDir = path.resolve(process.env.LUPA_PORTAL_BUILD_DIR ?? 'build/portal')

/**
 * The portal's express handlers. Production serves the built app; development runs Vite
 * in middleware mode for hot reloading. Loaders get the process's Payload instance; the
 * server render gets the response's CSP nonce (set by securityHeaders) for its inline scripts.
 */
export const createPortal = async ({
  payload,
  isDevelopment,
}: {
  payload: Payload
  isDevelopment: boolean
}): Promise<{ handlers: RequestHandler[]; close: () => Promise<void> }> => {
  const getLoadContext = (_req: express.Request, res: express.Response) => ({
    payload,
    cspNonce: cspNonceOf(res),
  })
  const handlerOf = (build: Parameters<typeof createRequestHandler>[0]['build']): RequestHandler => {
    // The mode decides whether errors carry their stacks: only in development, whatever NODE_ENV says.
    const handle = createRequestHandler({
      build,
      getLoadContext,
      mode: isDevelopment ? 'development' : 'production',
    })
    return (req, res, next) =>
      req.method === 'GET' || req.method === 'HEAD'
        ? withUserCheckedOnce(() => handle(req, res, next))
        : handle(req, res, next)
  }
  if (isDevelopment) {
    const vite = await import('vite')
    const server = await vite.createServer({
      root: portalRoot,
      server: { middlewareMode: true },
      appType: 'custom',
    })
    return {
      handlers: [
        (req, res, next) => server.middlewares(req, res, next),
        handlerOf(() => server.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>),
      ],
      close: () => server.close(),
    }
  }
  const build = (await import(
    pathToFileURL(path.join(portalBuildDir, 'server/index.js')).href
  )) as ServerBuild
  const client = path.join(portalBuildDir, 'client')
  return {
    handlers: [
      // Vite names every file under /assets by its content's hash: kept for good.
      express
        .Router()
        .use(
          '/assets',
          precompressedAssets(path.join(client, 'assets')),
          express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y', index: false }),
        ),
      express.static(client, { maxAge: '1h', index: false }) as RequestHandler,
      handlerOf(build),
    ],
    close: async () => {},
  }
}

/**
 * The Brotli or gzip copy of an asset made at build time (portal/precompress.ts), for a
 * browser that accepts it; anything else goes on to the plain file.
 */
const precompressedAssets = (dir: string): RequestHandler => {
  const files = new Set(readdirSync(dir))
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const name = req.path.slice(1)
    const encoding = acceptedEncoding(req)
    if (!encoding) return next()
    const copy = `${name}${encodingSuffixes[encoding]}`
    if (name.includes('/') || !files.has(name) || !files.has(copy)) return next()
    res.type(path.extname(name)).set('Content-Encoding', encoding).vary('Accept-Encoding')
    res.sendFile(copy, { root: dir, immutable: true, maxAge: '1y' })
  }
}
