'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { StaffMfaTranslationKeys, StaffMfaTranslations } from './translations'

type Setup = { secret: string; uri: string }

/** Space between the blocks (Payload's styles give paragraphs none). */
const stack = { display: 'grid', gap: 'calc(var(--base) * 0.75)' } as const

const messageOf = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
  return body.errors?.map((error) => error.message).join(' ') || response.statusText
}

/**
 * Enrolment: a new secret (base32 and an `otpauth://` link, no QR code: the page loads nothing
 * from elsewhere), a code from the app to confirm it, then the recovery codes, shown once.
 */
export const SetupForm = ({
  adminRoute,
  isEnabled,
  isRequired,
}: {
  adminRoute: string
  isEnabled: boolean
  isRequired: boolean
}) => {
  const { config } = useConfig()
  const { t } = useTranslation<StaffMfaTranslations, StaffMfaTranslationKeys>()
  const [setup, setSetup] = useState<Setup | null>(null)
  const [code, setCode] = useState('')
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const api = `${config.routes.api}/${config.admin.user}/mfa`

  const post = async (path: string, body?: unknown) => {
    setIsBusy(true)
    setProblem(null)
    try {
      const response = await fetch(`${api}${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (!response.ok) {
        setProblem(`${t('lupa-mfa:failed')} ${await messageOf(response)}`)
        return null
      }
      return (await response.json()) as unknown
    } finally {
      setIsBusy(false)
    }
  }

  if (recoveryCodes)
    return (
      <div style={stack}>
        <p role="status">{t('lupa-mfa:enabled')}</p>
        <h2>{t('lupa-mfa:recoveryTitle')}</h2>
        <p>{t('lupa-mfa:recoveryIntro')}</p>
        <ol id="lupa-mfa-recovery-codes" style={{ fontFamily: 'monospace', fontSize: '1.2em' }}>
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>{recoveryCode}</li>
          ))}
        </ol>
        {/* A full load: the admin is rendered again with the rights the user now has. */}
        <a className="btn btn--style-primary btn--size-large" href={adminRoute}>
          {t('lupa-mfa:continue')}
        </a>
      </div>
    )

  if (isEnabled)
    return (
      <div style={stack}>
        <p role="status">{t('lupa-mfa:enabled')}</p>
        <a href={adminRoute}>{t('lupa-mfa:continue')}</a>
      </div>
    )

  return (
    <div style={stack}>
      {isRequired && <p>{t('lupa-mfa:setupRequired')}</p>}
      <p>{t('lupa-mfa:setupIntro')}</p>
      {!setup ? (
        <Button
          buttonStyle="primary"
          disabled={isBusy}
          onClick={async () => setSetup((await post('/setup')) as Setup | null)}
        >
          {t('lupa-mfa:start')}
        </Button>
      ) : (
        <form
          style={stack}
          onSubmit={async (event) => {
            event.preventDefault()
            const result = (await post('/confirm', { code })) as { recoveryCodes: string[] } | null
            if (result) setRecoveryCodes(result.recoveryCodes)
          }}
        >
          <p>
            {t('lupa-mfa:secret')}:{' '}
            <code id="lupa-mfa-secret" style={{ fontSize: '1.2em', letterSpacing: '0.1em' }}>
              {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
            </code>
          </p>
          <p>
            {t('lupa-mfa:uri')}:{' '}
            <a id="lupa-mfa-uri" href={setup.uri} style={{ wordBreak: 'break-all' }}>
              {setup.uri}
            </a>
          </p>
          <div className="field-type text">
            <label className="field-label" htmlFor="lupa-mfa-code">
              {t('lupa-mfa:confirmCode')}
            </label>
            <input
              id="lupa-mfa-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </div>
          <Button buttonStyle="primary" disabled={isBusy} type="submit">
            {t('lupa-mfa:confirm')}
          </Button>
        </form>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
