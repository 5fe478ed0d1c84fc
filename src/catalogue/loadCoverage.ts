import type { PayloadRequest } from 'payload'

import { idOf, idsOf } from '../collections/relations'
import type { Id } from '../collections/relations'
import { slugs } from '../collections/slugs'
import { coverageOf } from '../domain/coverage'
import type { CoverageProblem } from '../domain/coverage'
import { localize } from '../domain/localize'
import { message } from '../domain/messages'
import type { Locale } from '../domain/types'
import { loadRoutingCatalogue } from './loadRoutingCatalogue'
import { localizedTextOf } from './localizedTextOf'

/** An authority as the coverage names it. */
export type CoverageAuthority = { key: string; name: string }

/** The coverage of one permit type, named in one language. */
export type PermitTypeCoverageReport = {
  id: Id
  key: string
  name: string
  /** In a published bundle: customers can apply for it. */
  isPublished: boolean
  routing: 'fixed' | 'by-municipality'
  /** The fixed authority's or the authority kind's name. */
  routedTo: string
  /** Who receives a case from each municipality (`municipality` null: from anywhere). */
  rows: { municipality: string | null; municipalityName: string; authorities: CoverageAuthority[] }[]
  /** The gaps, each with its message; empty when every case finds its one authority. */
  problems: { code: CoverageProblem['code']; municipality: string | null; message: string }[]
}

/**
 * For each permit type (or the one asked for), who receives its cases municipality by
 * municipality, and the gaps: the owner's view of routing. The municipalities are the
 * options of the permit type's municipality element or, when it has none, every
 * municipality an authority serves. Names and messages are in the locale.
 */
export const loadCoverage = async ({
  req,
  locale,
  permitTypeId,
}: {
  req: PayloadRequest
  locale: Locale
  permitTypeId?: Id
}): Promise<PermitTypeCoverageReport[]> => {
  const catalogue = await loadRoutingCatalogue({
    req,
    permitTypeIds: permitTypeId === undefined ? undefined : [permitTypeId],
  })
  const { docs: published } = await req.payload.find({
    collection: slugs.permitBundles,
    where: { isPublished: { equals: true } },
    select: { permits: true },
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  const publishedIds = new Set(
    published.flatMap((bundle) => idsOf((bundle.permits ?? []).map((entry) => entry.permitType)).map(String)),
  )
  const nameOf = (value: unknown) => localize(localizedTextOf(value), locale)
  const authorityNames = new Map(catalogue.authorityDocs.map((doc) => [doc.key, nameOf(doc.name)]))
  const served = [...new Set(catalogue.authorities.flatMap((authority) => authority.municipalities))].sort()

  return catalogue.permitTypes.map((permitType, index) => {
    const doc = catalogue.permitTypeDocs[index]
    const element = catalogue.elementDocs.find(
      (item) => String(item.id) === String(idOf(doc.municipalityElement)),
    )
    const municipalityNames = new Map(
      (element?.options ?? []).map((option) => [option.value, nameOf(option.label)]),
    )
    const municipalities = municipalityNames.size > 0 ? [...municipalityNames.keys()] : served
    const coverage = coverageOf({
      permitType,
      isPublished: publishedIds.has(String(doc.id)),
      municipalities,
      authorities: catalogue.authorities,
    })
    const municipalityName = (code: string | null) =>
      code === null ? '' : `${municipalityNames.get(code) ?? code} (${code})`
    const authoritiesOf = (keys: string[]) =>
      keys.map((key) => ({ key, name: authorityNames.get(key) ?? key }))
    const { routing } = permitType
    const kind = catalogue.kindDocs.find((item) => String(item.id) === String(idOf(doc.authorityKind)))
    const kindName = kind ? nameOf(kind.name) : ''
    const problemMessage = (problem: CoverageProblem) => {
      switch (problem.code) {
        case 'no-authority':
          return routing.kind === 'fixed'
            ? message('coverage-fixed-authority-missing', locale)
            : message('coverage-no-authority-of-kind', locale, { kind: kindName || routing.authorityKind })
        case 'municipality-not-served':
          return message('coverage-municipality-not-served', locale, {
            municipality: municipalityName(problem.municipality),
          })
        case 'several-authorities':
          return message('coverage-several-authorities', locale, {
            municipality: municipalityName(problem.municipality),
            authorities: authoritiesOf(problem.authorities)
              .map((authority) => authority.name)
              .join(', '),
          })
      }
    }
    return {
      id: doc.id,
      key: permitType.key,
      name: nameOf(doc.name),
      isPublished: coverage.isPublished,
      routing: routing.kind,
      routedTo: routing.kind === 'fixed' ? (authorityNames.get(routing.authority) ?? '') : kindName,
      rows: coverage.rows.map((row) => ({
        municipality: row.municipality,
        municipalityName: municipalityName(row.municipality),
        authorities: authoritiesOf(row.authorities),
      })),
      problems: coverage.problems.map((problem) => ({
        code: problem.code,
        municipality: 'municipality' in problem ? problem.municipality : null,
        message: problemMessage(problem),
      })),
    }
  })
}
