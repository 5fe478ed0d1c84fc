import { loadLiveVersion } from '../models/applications.server'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/application-live'

/**
 * `GET /applications/:id/live`: the fingerprint of what the one view of the application
 * shows, `{ "version": "…" }`, for the open page to tell cheaply whether to reload its
 * data. The same access as the page: the customer's own applications only (else 404).
 */
export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const version = await loadLiveVersion({ payload: context.payload, user, id: params.id })
  return Response.json({ version }, { headers: { 'Cache-Control': 'no-store' } })
}
