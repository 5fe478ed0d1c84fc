import type { PayloadRequest } from 'payload'

import { toElement } from '../../catalogue/loadBundleContext'
import { readerOf } from '../../catalogue/readerOf'
import type { BundleDraft } from '../../domain/bundle-checks'
import { isLocale } from '../../domain/localize'
import type { DataElement, Locale, LocalizedText, PermitType } from '../../domain/types'
import type { PermitBundle as PermitBundleDoc } from '../../payload-types'
import { idOf, idsOf, type Id } from '../relations'
import { slugs } from '../slugs'

/** The permit types of a draft as far as the checks and the preview need them. */
export type DraftPermitType = Pick<PermitType, 'key' | 'name' | 'elements' | 'leadTime'>

/** A bundle as being saved or edited, with the catalogue it uses, in all languages. */
export type LoadedBundleDraft = {
  bundle: BundleDraft
  isPublished: boolean
  permitTypes: DraftPermitType[]
  /** The analysis questions and the permit types' data elements. */
  elements: DataElement[]
  /** The key of the answer the deadlines count back from (the bundle's start date element). */
  startDateElement: string | null
  /** The step keys stored before this edit (none for a new bundle). */
  previousStepKeys: string[]
  /** The language the edited texts are in. */
  locale: Locale
}

type Row = { id?: string | null }

/**
 * A localised text as edited: the stored texts of every language (read with `locale: 'all'`),
 * with the language being edited replaced by the edited value when there is one.
 */
const mergedText = ({
  stored,
  edited,
  locale,
}: {
  stored: unknown
  edited: unknown
  locale: Locale
}): LocalizedText => {
  const texts: Partial<Record<Locale, string | null>> =
    stored && typeof stored === 'object' ? { ...(stored as Partial<Record<Locale, string | null>>) } : {}
  if (edited !== undefined) texts[locale] = typeof edited === 'string' ? edited : ''
  return { fi: texts.fi ?? '', sv: texts.sv ?? null, en: texts.en ?? null }
}

/** The stored row of an edited array row (by row id), to take its other languages from. */
const storedRow = <T extends Row>(rows: readonly T[] | null | undefined, row: Row): T | undefined =>
  row.id ? (rows ?? []).find((candidate) => candidate.id === row.id) : undefined

/**
 * The bundle as the admin is saving (or previewing) it: the edited fields over the stored
 * document (a partial update keeps what it does not send), the edited language over the
 * stored languages, and the permit types and data elements it refers to. Read as the
 * system: the caller has already been allowed to edit the bundle.
 */
export const loadBundleDraft = async ({
  req,
  data,
  id,
}: {
  req: PayloadRequest
  data: Partial<PermitBundleDoc>
  id?: Id | null
}): Promise<LoadedBundleDraft> => {
  const { payload } = req
  const locale: Locale = isLocale(req.locale) ? req.locale : 'fi'
  // Read in all languages through a copy of the request: the save under way keeps its locale.
  const system = {
    req: readerOf(req),
    overrideAccess: true,
    depth: 0,
    locale: 'all',
    pagination: false,
  } as const
  const stored =
    id === null || id === undefined
      ? null
      : await payload.findByID({ ...system, collection: slugs.permitBundles, id, disableErrors: true })

  const text = (field: 'name' | 'description') =>
    mergedText({ stored: stored?.[field], edited: data[field], locale })
  const steps = (data.steps ?? stored?.steps ?? []).map((row) => ({
    key: row.key ?? '',
    title: mergedText({
      stored: data.steps ? storedRow(stored?.steps, row)?.title : row.title,
      edited: data.steps ? row.title : undefined,
      locale,
    }),
  }))
  const permitRows = (data.permits ?? stored?.permits ?? []).map((row) => {
    const storedPermit = data.permits ? storedRow(stored?.permits, row) : row
    return {
      permitTypeId: idOf(row.permitType),
      rules: (row.rules ?? []).map((rule) => ({
        id: rule.ruleId ?? '',
        when: rule.when,
        reason: mergedText({
          stored: data.permits ? storedRow(storedPermit?.rules, rule)?.reason : rule.reason,
          edited: data.permits ? rule.reason : undefined,
          locale,
        }),
      })),
      notNeededReason: mergedText({
        stored: storedPermit?.notNeededReason,
        edited: data.permits ? row.notNeededReason : undefined,
        locale,
      }),
    }
  })
  const analysisIds = idsOf(
    data.analysisElements !== undefined ? data.analysisElements : stored?.analysisElements,
  )
  const startDateId = idOf(
    data.startDateElement !== undefined ? data.startDateElement : stored?.startDateElement,
  )

  const permitTypeIds = permitRows.map((row) => row.permitTypeId).filter((value) => value !== null)
  const { docs: permitTypeDocs } = await payload.find({
    ...system,
    collection: slugs.permitTypes,
    where: { id: { in: permitTypeIds } },
  })
  const elementIds = new Set<Id>(startDateId === null ? analysisIds : [...analysisIds, startDateId])
  for (const doc of permitTypeDocs) {
    for (const elementId of idsOf((doc.elements ?? []).map((row) => row.element))) elementIds.add(elementId)
  }
  const { docs: elementDocs } = await payload.find({
    ...system,
    collection: slugs.dataElements,
    where: { id: { in: [...elementIds] } },
  })
  const elementKeyById = new Map(elementDocs.map((doc) => [String(doc.id), doc.key]))
  const permitTypeKeyById = new Map(permitTypeDocs.map((doc) => [String(doc.id), doc.key]))

  return {
    bundle: {
      key: data.key ?? stored?.key ?? '',
      name: text('name'),
      description: text('description'),
      analysisElements: analysisIds
        .map((elementId) => elementKeyById.get(String(elementId)))
        .filter((key): key is string => Boolean(key)),
      steps,
      permits: permitRows.map((row) => ({
        permitType: permitTypeKeyById.get(String(row.permitTypeId)) ?? '',
        rules: row.rules,
        notNeededReason: row.notNeededReason,
      })),
    },
    isPublished: Boolean(data.isPublished ?? stored?.isPublished),
    permitTypes: permitTypeDocs.map((doc) => ({
      key: doc.key,
      name: mergedText({ stored: doc.name, edited: undefined, locale }),
      elements: (doc.elements ?? []).map((row) => ({
        key: elementKeyById.get(String(idOf(row.element))) ?? '',
        isRequired: Boolean(row.isRequired),
      })),
      leadTime: { amount: Number(doc.leadTime?.amount ?? 0), unit: doc.leadTime?.unit ?? 'calendar-days' },
    })),
    elements: elementDocs.map(toElement),
    startDateElement: startDateId === null ? null : (elementKeyById.get(String(startDateId)) ?? null),
    previousStepKeys: (stored?.steps ?? []).map((row) => row.key),
    locale,
  }
}
