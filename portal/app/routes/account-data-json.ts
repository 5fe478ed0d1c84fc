import { personalDataOf } from '../models/personalData.server'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/account-data-json'

/** Everything Lupa holds on the signed-in person, as a JSON download. */
export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload })
  const data = await personalDataOf({ payload: context.payload, user, request })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="lupa-personal-data.json"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
