import { redirect } from 'react-router'

import { endSession } from '../../../src/auth/sessions'
import type { Route } from './+types/logout'

/** Signs out (a form post from the header): the session is revoked, the cookie expired. */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const cookie = await endSession({ payload: context.payload, headers: request.headers })
  return redirect('/', { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } })
}

export const loader = () => redirect('/')
