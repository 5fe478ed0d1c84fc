'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const texts = {
  en: {
    button: 'Approve and set up',
    done: 'Approved: the authority is set up. Reload to see the result.',
    failed: 'Not approved:',
    save: 'Save first.',
  },
  sv: {
    button: 'Godkänn och ställ in',
    done: 'Godkänd: myndigheten är inställd. Ladda om sidan för att se resultatet.',
    failed: 'Inte godkänd:',
    save: 'Spara först.',
  },
  fi: {
    button: 'Hyväksy ja ota käyttöön',
    done: 'Hyväksytty: viranomainen on otettu käyttöön. Lataa sivu uudelleen nähdäksesi tuloksen.',
    failed: 'Ei hyväksytty:',
    save: 'Tallenna ensin.',
  },
}

/**
 * "Approve and set up" on an onboarding service request: the desk's approval, which sets the
 * authority up from the request (the onboarding plugin's endpoint; approving twice creates
 * nothing twice).
 */
export const ApproveRequest = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = texts[(i18n.language as keyof typeof texts) ?? 'en'] ?? texts.en
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

  if (!id) return <p>{text.save}</p>
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="primary" onClick={approve} disabled={isBusy}>
        {text.button}
      </Button>
      <div role="status" aria-live="polite">
        {result?.ok && <p>{text.done}</p>}
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
