import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isHeldForSetup } from '../../../src/auth/mfa/staffMfa'

/**
 * Payload's "unauthorized" page, in place of its own: staff held at MFA enrolment go to the
 * set-up; everyone else is told the admin is not for them.
 */
export const UnauthorizedView = ({ initPageResult }: AdminViewServerProps) => {
  const { req } = initPageResult
  const { config } = req.payload
  const adminRoute = config.routes.admin
  if (isHeldForSetup(req.user)) redirect(`${adminRoute}/mfa`)
  const t = req.i18n.t as (key: string) => string
  return (
    <div>
      <h1>{t('error:unauthorized')}</h1>
      <p>{t('lupa-mfa:notStaff')}</p>
      <a
        className="btn btn--style-primary btn--size-large"
        href={`${adminRoute}${config.admin.routes.logout}`}
      >
        {t('lupa-mfa:signOut')}
      </a>
    </div>
  )
}
