'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import { useState } from 'react'

import type { StaffMfaTranslationKeys, StaffMfaTranslations } from './translations'

/**
 * A user's two-step verification in the sidebar: on since when, or off. An owner can reset
 * another staff user's (a lost phone); a staff user without it gets a link to set it up.
 */
export const MfaStatusField: DateFieldClientComponent = ({ path }) => {
  const { value } = useField<string | null>({ path })
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { t, i18n } = useTranslation<StaffMfaTranslations, StaffMfaTranslationKeys>()
  const [isReset, setIsReset] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const isOn = Boolean(value) && !isReset
  const isOwn = user != null && String(user.id) === String(id)
  const isOwner = (user as { role?: string } | null)?.role === 'owner'

  const reset = async () => {
    setProblem(null)
    const response = await fetch(`${config.routes.api}/${config.admin.user}/${id}/mfa/reset`, {
      method: 'POST',
      credentials: 'include',
    })
    if (response.ok) setIsReset(true)
    else setProblem(t('lupa-mfa:failed'))
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{t('lupa-mfa:setupTitle')}</div>
      <p>
        {isOn
          ? `${t('lupa-mfa:statusOn')} (${new Date(String(value)).toLocaleString(i18n.language)})`
          : t('lupa-mfa:statusOff')}
      </p>
      {isReset && <p role="status">{t('lupa-mfa:resetDone')}</p>}
      {isOn && isOwner && (
        <Button buttonStyle="secondary" size="small" onClick={reset}>
          {t('lupa-mfa:reset')}
        </Button>
      )}
      {!isOn && isOwn && <a href={`${config.routes.admin}/mfa`}>{t('lupa-mfa:setupLink')}</a>}
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
