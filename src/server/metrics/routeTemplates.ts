import type { SanitizedConfig } from 'payload'

import portalRoutes from '../../../portal/app/routes'
import { customOf } from '../../config/custom'

/** The label of every request no known route template matches (keeps the label set bounded). */
export const otherRoute = 'other'

type Template = { template: string; pattern: RegExp; score: number }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A route template (`/api/applications/:id/submit`, `/admin/*`) as a regular expression and
 * a rank: fixed segments outrank parameters, so `/api/users/me` wins over `/api/users/:id`.
 */
const compile = (template: string): Template => {
  let score = 0
  const source = template
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment === '*') return '(?:/.*)?'
      if (segment.startsWith(':')) {
        const isOptional = segment.endsWith('?')
        score += isOptional ? 1 : 3
        return isOptional ? '(?:/[^/]+)?' : '/[^/]+'
      }
      score += 10
      return `/${escapeRegExp(segment)}`
    })
    .join('')
  return { template, pattern: new RegExp(`^${source}/?$`, 'i'), score }
}

const join = (...parts: string[]) => `/${parts.join('/')}`.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')

type RouteEntry = { path?: string; index?: boolean; children?: RouteEntry[] }

/** The portal's page patterns, as React Router declares them (portal/app/routes.ts). */
const portalTemplates = (entries: RouteEntry[], parent = '/'): string[] =>
  entries.flatMap((entry) => {
    const here = entry.path ? join(parent, entry.path) : parent
    return [...(entry.path || entry.index ? [here] : []), ...portalTemplates(entry.children ?? [], here)]
  })

type Endpoints = { endpoints?: false | { path: string }[] }
const pathsOf = ({ endpoints }: Endpoints) => (endpoints || []).map((endpoint) => endpoint.path)

/** Payload's REST routes as its sanitized config declares them (its own and the custom ones). */
const apiTemplates = (config: SanitizedConfig): string[] => {
  const api = config.routes.api
  return [
    join(api, config.routes.graphQL),
    ...pathsOf(config as Endpoints).map((path) => join(api, path)),
    ...config.collections.flatMap((collection) =>
      pathsOf(collection).map((path) => join(api, collection.slug, path)),
    ),
    ...config.globals.flatMap((global) =>
      pathsOf(global).map((path) => join(api, 'globals', global.slug, path)),
    ),
  ]
}

/**
 * Maps a request path to the template of the route that serves it, never the raw path:
 * ids and slugs become their parameter's name (`/api/applications/:id`,
 * `/applications/:id/receipt`), and anything no route declares is {@link otherRoute}, so
 * the label set stays as small as the application's routes however the paths vary.
 */
export const routeTemplates = (config: SanitizedConfig) => {
  const hostRoutes = [
    '/healthz',
    '/readyz',
    '/metrics',
    join(config.routes.admin, '*'),
    '/_next/*',
    '/assets/*',
    // A plugin's routes under their prefix; one mounted at `/` is middleware for every path.
    ...(customOf(config).hostRouters ?? [])
      .filter(({ path }) => path !== '/')
      .map(({ path }) => join(path, '*')),
  ]
  const templates = [...hostRoutes, ...apiTemplates(config), ...portalTemplates(portalRoutes)]
    .filter((template, index, all) => all.indexOf(template) === index)
    .map(compile)
    .sort((a, b) => b.score - a.score)
  const api = config.routes.api
  return (url: string): string => {
    const path = url.split(/[?#]/, 1)[0] || '/'
    if (path.startsWith('/__nextjs')) return '/_next/*'
    const match = templates.find(({ pattern }) => pattern.test(path))
    if (match) return match.template
    return path === api || path.startsWith(`${api}/`) ? join(api, otherRoute) : otherRoute
  }
}
