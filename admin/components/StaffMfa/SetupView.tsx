import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isHeldForSetup } from '../../../src/auth/mfa/staffMfa'
import { isStaff } from '../../../src/access/roles'
import { SetupForm } from './SetupForm'

/**
 * `/admin/mfa`: a staff user's two-step verification set-up. Payload serves custom views to
 * anyone (even without admin access), so this one checks who asks: staff held at enrolment
 * can reach it, which is the point.
 */
export const SetupView = ({ initPageResult }: AdminViewServerProps) => {
  const { req } = initPageResult
  const { config } = req.payload
  const adminRoute = config.routes.admin
  const { user } = req
  if (!user)
    redirect(`${adminRoute}${config.admin.routes.login}?redirect=${encodeURIComponent(`${adminRoute}/mfa`)}`)
  const isHeld = isHeldForSetup(user)
  const canEnrol = isHeld || isStaff(user)
  const t = req.i18n.t as (key: string) => string
  return (
    <MinimalTemplate className="lupa-mfa">
      <h1 style={{ marginBottom: 'var(--base)' }}>{t('lupa-mfa:setupTitle')}</h1>
      {canEnrol ? (
        <SetupForm adminRoute={adminRoute} isEnabled={Boolean(user.mfaEnabledAt)} isRequired={isHeld} />
      ) : (
        <p>{t('lupa-mfa:notStaff')}</p>
      )}
      <p style={{ marginTop: 'var(--base)' }}>
        <a href={`${adminRoute}${config.admin.routes.logout}`}>{t('lupa-mfa:signOut')}</a>
      </p>
    </MinimalTemplate>
  )
}
