import { redirect } from 'react-router'

import { signOut } from '../models/session.server'
import type { Route } from './+types/logout'

/** Signs out (a form post from the header): the session is revoked, the cookie expired. */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const cookie = await signOut(request, context.payload)
  return redirect('/', { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } })
}

export const loader = () => redirect('/')
