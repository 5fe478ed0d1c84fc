'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { AdminComponentTranslationKeys, AdminComponentTranslations } from '../translations'

/**
 * "Approve and set up" on an onboarding service request: the desk's approval, which sets the
 * authority up from the request (the onboarding plugin's endpoint; approving twice creates
 * nothing twice).
 */
export const ApproveRequest = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation<AdminComponentTranslations, AdminComponentTranslationKeys>()
  const [result, setResult] = useState<{ ok: boolean; problems: string[] } | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const approve = async () => {
    setIsBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/service-requests/${id}/approve`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as { errors?: { message: string }[] }
      setResult({ ok: response.ok, problems: body.errors?.map((error) => error.message) ?? [] })
    } finally {
      setIsBusy(false)
    }
  }

  if (!id) return <p>{t('lupa-approve-request:save')}</p>
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="primary" onClick={approve} disabled={isBusy}>
        {t('lupa-approve-request:button')}
      </Button>
      <div role="status" aria-live="polite">
        {result?.ok && <p>{t('lupa-approve-request:done')}</p>}
        {result && !result.ok && (
          <>
            <p>{t('lupa-approve-request:failed')}</p>
            <ul>
              {result.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  )
}
