import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'

import { LoginForm } from './LoginForm'

/**
 * The admin's sign-in, in place of Payload's: its form has a third field for the second
 * factor of staff with MFA (Payload's own form posts only email and password).
 */
export const LoginView = ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const redirectTo = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: searchParams?.redirect ?? '' })
  if (req.user) redirect(redirectTo)
  return <LoginForm redirect={redirectTo} />
}
