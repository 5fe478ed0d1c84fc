'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { AdminComponentTranslationKeys, AdminComponentTranslations } from '../translations'

type Result = { ok: boolean; problems: string[] }

/**
 * "Test connection" on an authority: runs its connection mode's read-only check of the
 * stored settings and shows what is wrong. Nothing is delivered.
 */
export const TestConnection = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation<AdminComponentTranslations, AdminComponentTranslationKeys>()
  const [result, setResult] = useState<Result | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const check = async () => {
    setIsBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/authorities/${id}/check-connection`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as Partial<Result> & { errors?: { message: string }[] }
      setResult({
        ok: response.ok && body.ok === true,
        problems: body.problems ?? body.errors?.map((error) => error.message) ?? [],
      })
    } finally {
      setIsBusy(false)
    }
  }

  if (!id) return <p>{t('lupa-test-connection:save')}</p>
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" onClick={check} disabled={isBusy}>
        {t('lupa-test-connection:button')}
      </Button>
      <div role="status" aria-live="polite">
        {result?.ok && <p>{t('lupa-test-connection:ok')}</p>}
        {result && !result.ok && (
          <>
            <p>{t('lupa-test-connection:failed')}</p>
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
