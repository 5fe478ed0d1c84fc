'use client'

import { loader } from '@monaco-editor/react'
import {
  CodeField as PayloadCodeField,
  JSONField as PayloadJSONField,
  ShimmerEffect,
  useTranslation,
} from '@payloadcms/ui'
import type { CodeFieldClientProps, JSONFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import type { AdminComponentTranslationKeys, AdminComponentTranslations } from '../translations'

let loading: Promise<void> | null = null

/**
 * Loads Monaco with Lupa's loader (pointed at Lupa's own copy by MonacoLoader) and leaves it
 * on `window.monaco`. Payload's editors carry a private copy of `@monaco-editor/loader` that
 * no config reaches and that would fetch Monaco from a public CDN; finding `window.monaco`
 * first, it uses that and fetches nothing.
 */
const loadMonaco = () =>
  (loading ??= loader.init().then((monaco) => {
    ;(window as { monaco?: unknown }).monaco = monaco
  }))

type Status = 'loading' | 'ready' | 'failed'

/** Whether Monaco is on the page yet (loading it once for every editor of the page). */
const useMonaco = (): Status => {
  // Rendered on the server as loading too, so that hydration matches.
  const [status, setStatus] = useState<Status>('loading')
  useEffect(() => {
    let isCurrent = true
    loadMonaco().then(
      () => isCurrent && setStatus('ready'),
      () => isCurrent && setStatus('failed'),
    )
    return () => {
      isCurrent = false
    }
  }, [])
  return status
}

const Pending = ({ status }: { status: Status }) => {
  const { t } = useTranslation<AdminComponentTranslations, AdminComponentTranslationKeys>()
  return status === 'failed' ? (
    <p className="field-type" role="alert">
      {t('lupa-code-editor:failed')}
    </p>
  ) : (
    <ShimmerEffect height={56} />
  )
}

/** Payload's JSON field, once Monaco has been loaded from Lupa's own origin. */
export const JsonField = (props: JSONFieldClientProps) => {
  const status = useMonaco()
  return status === 'ready' ? <PayloadJSONField {...props} /> : <Pending status={status} />
}

/** Payload's code field, once Monaco has been loaded from Lupa's own origin. */
export const CodeField = (props: CodeFieldClientProps) => {
  const status = useMonaco()
  return status === 'ready' ? <PayloadCodeField {...props} /> : <Pending status={status} />
}
