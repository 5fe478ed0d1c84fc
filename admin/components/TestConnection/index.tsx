'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

type Result = { ok: boolean; problems: string[] }

const texts = {
  en: {
    button: 'Test connection',
    ok: 'The connection works.',
    failed: 'The connection does not work:',
    save: 'Save first.',
  },
  sv: {
    button: 'Testa anslutningen',
    ok: 'Anslutningen fungerar.',
    failed: 'Anslutningen fungerar inte:',
    save: 'Spara först.',
  },
  fi: { button: 'Testaa yhteys', ok: 'Yhteys toimii.', failed: 'Yhteys ei toimi:', save: 'Tallenna ensin.' },
}

/**
 * "Test connection" on an authority: runs its connection mode's read-only check of the
 * stored settings and shows what is wrong. Nothing is delivered.
 */
export const TestConnection = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = texts[(i18n.language as keyof typeof texts) ?? 'en'] ?? texts.en
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

  if (!id) return <p>{text.save}</p>
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" onClick={check} disabled={isBusy}>
        {text.button}
      </Button>
      <div role="status" aria-live="polite">
        {result?.ok && <p>{text.ok}</p>}
        {result && !result.ok && (
          <>
            <p>{text.failed}</p>
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
