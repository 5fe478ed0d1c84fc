import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { createRequestHandler } from '@react-router/express'
import express from 'express'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import type { ServerBuild } from 'react-router'

export const portalRoot = path.resolve('portal')
/** Where `react-router build` puts the portal; `LUPA_PORTAL_BUILD_DIR` moves it (parallel test runs). */
export const portalBuildDir = path.resolve(process.env.LUPA_PORTAL_BUILD_DIR ?? 'build/portal')

/**
 * The portal's express handlers. Production serves the built app; development runs Vite
 * in middleware mode for hot reloading. Loaders get the process's Payload instance.
 */
export const createPortal = async ({
  payload,
  isDevelopment,
}: {
  payload: Payload
  isDevelopment: boolean
}): Promise<{ handlers: RequestHandler[]; close: () => Promise<void> }> => {
  const getLoadContext = () => ({ payload })
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
        createRequestHandler({
          build: () => server.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>,
          getLoadContext,
        }),
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
      express.static(path.join(client, 'assets'), {
        immutable: true,
        maxAge: '1y',
        index: false,
      }) as RequestHandler,
      express.static(client, { maxAge: '1h', index: false }) as RequestHandler,
      createRequestHandler({ build, getLoadContext }),
    ],
    close: async () => {},
  }
}
