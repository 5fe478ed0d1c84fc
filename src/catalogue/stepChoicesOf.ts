import type { PayloadRequest } from 'payload'

import { slugs } from '../collections/slugs'
import type { Id } from '../collections/relations'
import type { Locale } from '../domain/types'
import { readerOf } from './readerOf'

/** A step a data element may be asked in, named in one language. */
export type StepChoice = {
  /** The step's key, stored on the element (the once-only form groups by it). */
  key: string
  /** The step's titles in the bundles that have it, each once. */
  titles: string[]
  /** Names of those bundles. */
  bundles: string[]
}

/**
 * The steps a data element may be asked in: those of the bundles that use it (in their
 * analysis or through a permit type that lists it), or, while no bundle uses it yet, those
 * of every bundle. `isUsed` says which. Titles and names are in the locale.
 */
export const stepChoicesOf = async ({
  req,
  elementId,
  locale,
}: {
  req: PayloadRequest
  /** Absent for an element not saved yet. */
  elementId?: Id | null
  locale: Locale
}): Promise<{ isUsed: boolean; choices: StepChoice[] }> => {
  const system = { req: readerOf(req), overrideAccess: true, depth: 0, locale, pagination: false } as const
  const select = { name: true, steps: true } as const
  let bundles: { name: string; steps?: { key: string; title: string }[] | null }[] = []
  if (elementId !== undefined && elementId !== null) {
    const { docs: permitTypes } = await req.payload.find({
      collection: slugs.permitTypes,
      where: { 'elements.element': { equals: elementId } },
      select: { key: true },
      ...system,
    })
    const permitTypeIds = permitTypes.map((permitType) => permitType.id)
    ;({ docs: bundles } = await req.payload.find({
      collection: slugs.permitBundles,
      where: {
        or: [
          { analysisElements: { in: [elementId] } },
          ...(permitTypeIds.length > 0 ? [{ 'permits.permitType': { in: permitTypeIds } }] : []),
        ],
      },
      select,
      ...system,
    }))
  }
  const isUsed = bundles.length > 0
  if (!isUsed)
    ({ docs: bundles } = await req.payload.find({ collection: slugs.permitBundles, select, ...system }))
  const choices = new Map<string, StepChoice>()
  for (const bundle of bundles) {
    for (const step of bundle.steps ?? []) {
      const choice = choices.get(step.key) ?? { key: step.key, titles: [], bundles: [] }
      if (step.title && !choice.titles.includes(step.title)) choice.titles.push(step.title)
      if (!choice.bundles.includes(bundle.name)) choice.bundles.push(bundle.name)
      choices.set(step.key, choice)
    }
  }
  return { isUsed, choices: [...choices.values()] }
}

/** How a step is named in the admin: its titles, then its key. */
export const stepChoiceLabel = (choice: StepChoice) =>
  `${choice.titles.join(' / ') || choice.key} (${choice.key})`
