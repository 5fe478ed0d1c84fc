'use client'

import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { idsOf } from '../../../src/collections/relations'
import type { DataElementType } from '../../../src/domain/types'

/** An analysis question of the bundle being edited, labelled in the admin's language. */
export type AnalysisQuestion = {
  id: number | string
  key: string
  type: DataElementType
  label: string
  options: { value: string; label: string }[]
}

type ElementDoc = {
  id: number | string
  key: string
  type: DataElementType
  label?: string | null
  options?: { value: string; label?: string | null }[] | null
}

/** The questions' state: loading, failed, or the questions in the order of the analysis. */
export type AnalysisQuestions =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; questions: AnalysisQuestion[] }

// Every rule of a bundle asks for the same questions: one request per set of ids and language.
const requests = new Map<string, Promise<ElementDoc[]>>()

/**
 * The analysis questions of the bundle as the form holds them right now (unsaved changes
 * included), read from the data elements in the admin's language (Finnish where a text is
 * missing).
 */
export const useAnalysisQuestions = (): AnalysisQuestions => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => fields.analysisElements?.value)
  const ids = useMemo(() => idsOf(Array.isArray(value) ? (value as unknown[]) : []).map(String), [value])
  const requestKey = `${ids.join(',')}|${i18n.language}`
  const [loaded, setLoaded] = useState<{ key: string; result: AnalysisQuestions } | null>(null)

  useEffect(() => {
    if (ids.length === 0) return
    let request = requests.get(requestKey)
    if (!request) {
      const query = new URLSearchParams({
        'where[id][in]': ids.join(','),
        depth: '0',
        pagination: 'false',
        locale: i18n.language,
      })
      request = fetch(`${config.routes.api}/data-elements?${query}`, { credentials: 'include' }).then(
        async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`)
          return ((await response.json()) as { docs: ElementDoc[] }).docs
        },
      )
      requests.set(requestKey, request)
      request.catch(() => requests.delete(requestKey))
    }
    let isCurrent = true
    request.then(
      (docs) => {
        if (!isCurrent) return
        const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
        const questions = ids
          .map((id) => byId.get(id))
          .filter((doc): doc is ElementDoc => Boolean(doc))
          .map((doc) => ({
            id: doc.id,
            key: doc.key,
            type: doc.type,
            label: doc.label || doc.key,
            options: (doc.options ?? []).map((option) => ({
              value: option.value,
              label: option.label || option.value,
            })),
          }))
        setLoaded({ key: requestKey, result: { status: 'ready', questions } })
      },
      () => isCurrent && setLoaded({ key: requestKey, result: { status: 'failed' } }),
    )
    return () => {
      isCurrent = false
    }
  }, [config.routes.api, i18n.language, ids, requestKey])

  if (ids.length === 0) return { status: 'ready', questions: [] }
  return loaded?.key === requestKey ? loaded.result : { status: 'loading' }
}
