'use client'

import { getTranslation } from '@payloadcms/translations'
import { Gutter, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PermitTypeCoverageReport } from '../../../../src/catalogue/loadCoverage'
import { catalogueTexts } from '../texts'

type Text = keyof typeof catalogueTexts

const useText = () => {
  const { i18n } = useTranslation()
  return (key: Text) => getTranslation(catalogueTexts[key], i18n)
}

/**
 * The coverage from `GET /api/permit-types/coverage` (staff only: anyone else gets
 * nothing), fetched again when `version` changes. Null until it has arrived.
 */
const useCoverage = ({ permitType, version }: { permitType?: number | string; version?: unknown }) => {
  const { config } = useConfig()
  const [coverage, setCoverage] = useState<PermitTypeCoverageReport[] | null>(null)
  useEffect(() => {
    let isCurrent = true
    const query = permitType === undefined ? '' : `?permitType=${encodeURIComponent(String(permitType))}`
    void fetch(`${config.routes.api}/permit-types/coverage${query}`, { credentials: 'include' })
      .then(async (response) =>
        response.ok
          ? ((await response.json()) as { permitTypes: PermitTypeCoverageReport[] }).permitTypes
          : [],
      )
      .catch(() => [])
      .then((permitTypes) => {
        if (isCurrent) setCoverage(permitTypes)
      })
    return () => {
      isCurrent = false
    }
  }, [config.routes.api, permitType, version])
  return coverage
}

const cell = { textAlign: 'left', padding: 'calc(var(--base) / 4)', verticalAlign: 'top' } as const
const problemStyle = { color: 'var(--theme-error-500)' } as const

const Problems = ({ problems }: { problems: PermitTypeCoverageReport['problems'] }) => (
  <ul style={problemStyle}>
    {problems.map((problem) => (
      <li key={`${problem.code}-${problem.municipality ?? ''}`}>{problem.message}</li>
    ))}
  </ul>
)

/** Municipality by municipality, who receives the cases of one permit type. */
const Rows = ({ coverage }: { coverage: PermitTypeCoverageReport }) => {
  const text = useText()
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            {text('municipality')}
          </th>
          <th scope="col" style={cell}>
            {text('authority')}
          </th>
        </tr>
      </thead>
      <tbody>
        {coverage.rows.map((row) => (
          <tr key={row.municipality ?? 'everywhere'}>
            <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
              {row.municipality === null ? text('everywhere') : row.municipalityName}
            </th>
            <td style={row.authorities.length === 1 ? cell : { ...cell, ...problemStyle }}>
              {row.authorities.length === 0
                ? text('nobody')
                : row.authorities.map((authority) => authority.name).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The coverage of the permit type being edited, on its routing tab: its gaps as warnings,
 * then who receives its cases from each municipality. Shown again after each save.
 */
export const PermitTypeCoverage = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const text = useText()
  const coverage = useCoverage({ permitType: id ?? undefined, version: savedDocumentData?.updatedAt })
  if (id === undefined || id === null) return <p>{text('saveFirst')}</p>
  const permitType = coverage?.[0]
  if (!permitType) return null
  return (
    <section style={{ marginBottom: 'var(--base)' }}>
      <h3>{text('coverage')}</h3>
      {!permitType.isPublished && <p>{text('notPublished')}</p>}
      <div role="status">
        {permitType.problems.length > 0 ? (
          <Problems problems={permitType.problems} />
        ) : (
          <p>{text('allCovered')}</p>
        )}
      </div>
      <Rows coverage={permitType} />
    </section>
  )
}

/** Permit types with where their cases go, their gaps and their municipalities. */
const PermitTypesTable = ({ permitTypes }: { permitTypes: PermitTypeCoverageReport[] }) => {
  const text = useText()
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            {text('permitType')}
          </th>
          <th scope="col" style={cell}>
            {text('routedTo')}
          </th>
          <th scope="col" style={cell}>
            {text('status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {permitTypes.map((permitType) => (
          <tr key={permitType.id}>
            <th scope="row" style={cell}>
              {permitType.name}
              <br />
              <small>{text(permitType.isPublished ? 'published' : 'unpublished')}</small>
            </th>
            <td style={cell}>
              {permitType.routedTo} ({text(permitType.routing === 'fixed' ? 'fixed' : 'byMunicipality')})
            </td>
            <td style={cell}>
              {permitType.problems.length > 0 ? (
                <Problems problems={permitType.problems} />
              ) : (
                text('allCovered')
              )}
              <details>
                <summary>{text('municipality')}</summary>
                <Rows coverage={permitType} />
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Above the list of permit types: the flagged ones (a gap in their coverage), then every
 * permit type behind a disclosure. Shown to the staff only (the endpoint refuses others).
 */
export const CoverageList = () => {
  const text = useText()
  const coverage = useCoverage({})
  if (!coverage || coverage.length === 0) return null
  const flagged = coverage.filter((permitType) => permitType.problems.length > 0)
  return (
    <Gutter>
      <section style={{ marginBottom: 'var(--base)' }}>
        <h2>{text('coverage')}</h2>
        <p>{text('coverageIntro')}</p>
        {flagged.length > 0 ? <PermitTypesTable permitTypes={flagged} /> : <p>{text('noGaps')}</p>}
        <details>
          <summary>
            {text('allPermitTypes')} ({coverage.length})
          </summary>
          <PermitTypesTable permitTypes={coverage} />
        </details>
      </section>
    </Gutter>
  )
}
