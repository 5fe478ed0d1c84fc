import type { Payload } from 'payload'

import {
  BundleNotFoundError,
  bundleRefKey,
  loadBundleContext,
  type BundleContext,
} from '../../../src/catalogue/loadBundleContext'
import type { Id } from '../../../src/collections/relations'
import { cachedContent } from '../../../src/catalogue/contentCache'
import { slugs } from '../../../src/collections/slugs'
import { localize } from '../../../src/domain/localize'
import type { DataElement, Locale } from '../../../src/domain/types'
import type { PermitBundle } from '../../../src/payload-types'
import { getFixedT } from '../i18n/i18next.server'
import { localizedTextOf, textOf } from './authorityLabels.server'
import { requestAs, type PortalUser } from './session.server'

/**
 * The bundle's own words on the portal's pages (see `bundleTextFields`), in the language:
 * the bundle's text, or the portal's neutral default in that language. A default rather
 * than the Finnish text, because most of these stand inside a sentence of the page.
 */
export type BundleWording = {
  analysisHeading: string
  analysisIntro: string
  /** How the bundle asks for the municipality; null: the data element's own label. */
  placeQuestion: string | null
  /** What the permits are due before, as it stands after "before" ("tilaisuutta", "the event"). */
  deadlineSubject: string
  applicantLabel: string
  /** The heading of the offer to copy a submitted application; null when not offered. */
  repeatHeading: string | null
}

/** A bundle's settings and wording, as the portal's pages use them (defaults for a deleted bundle). */
export type BundleProfile = {
  isPublished: boolean
  description: string
  /** Key of the data element whose date the deadlines count back from, if any. */
  startDateElement: string | null
  wording: BundleWording
}

const keyOf = (value: PermitBundle['startDateElement']) =>
  value && typeof value === 'object' ? value.key : null

/**
 * The settings and wording of a bundle. Read as the system: call it only for a bundle whose
 * right to be shown was established (its context was read with the user's access, or an
 * application of the customer names it), so that a withdrawn bundle's receipt still reads.
 */
export const loadBundleProfile = async ({
  payload,
  bundle,
  locale,
}: {
  payload: Payload
  bundle: { id: Id } | { key: string }
  locale: Locale
}): Promise<BundleProfile> => {
  const [{ docs }, t] = await Promise.all([
    cachedContent(payload, `bundle-profile:${bundleRefKey(bundle)}`, () =>
      payload.find({
        collection: slugs.permitBundles,
        where: 'id' in bundle ? { id: { equals: bundle.id } } : { key: { equals: bundle.key } },
        overrideAccess: true,
        locale: 'all',
        depth: 1,
        limit: 1,
        pagination: false,
        select: {
          isPublished: true,
          description: true,
          startDateElement: true,
          isRepeatOffered: true,
          texts: true,
        },
        populate: { [slugs.dataElements]: { key: true } },
      }),
    ),
    getFixedT(locale),
  ])
  const doc = docs[0]
  const texts = doc?.texts ?? {}
  const own = (value: unknown) => localizedTextOf(value)[locale]?.trim() || null
  return {
    isPublished: Boolean(doc?.isPublished),
    description: textOf(doc?.description, locale),
    startDateElement: keyOf(doc?.startDateElement),
    wording: {
      analysisHeading: own(texts.analysisHeading) ?? t('bundleDefaults.analysisHeading'),
      analysisIntro: own(texts.analysisIntro) ?? t('bundleDefaults.analysisIntro'),
      placeQuestion: own(texts.placeQuestion),
      deadlineSubject: own(texts.deadlineSubject) ?? t('bundleDefaults.deadlineSubject'),
      applicantLabel: own(texts.applicantLabel) ?? t('bundleDefaults.applicantLabel'),
      repeatHeading:
        doc?.isRepeatOffered === false
          ? null
          : (own(texts.repeatHeading) ?? t('bundleDefaults.repeatHeading')),
    },
  }
}

/** The data elements whose municipality routes the bundle's permits: the place question asks them. */
export const placeElementsOf = (context: BundleContext): Set<string> =>
  new Set(
    context.permitTypes.flatMap((permitType) =>
      permitType.routing.kind === 'by-municipality' ? [permitType.routing.municipalityElement] : [],
    ),
  )

/** The place elements of a bundle as the user may see it; none once it has been withdrawn. */
export const loadPlaceElements = async ({
  payload,
  user,
  bundleId,
}: {
  payload: Payload
  user: PortalUser
  bundleId: Id
}): Promise<Set<string>> => {
  try {
    return placeElementsOf(
      await loadBundleContext({ req: await requestAs(payload, user), bundle: { id: bundleId } }),
    )
  } catch (error) {
    if (error instanceof BundleNotFoundError) return new Set()
    throw error
  }
}

/** How the bundle asks a data element: its own place question, else the element's label. */
export const askedLabelOf = ({
  element,
  wording,
  placeElements,
  locale,
}: {
  element: DataElement
  wording: BundleWording
  placeElements: Set<string>
  locale: Locale
}): string =>
  (placeElements.has(element.key) ? wording.placeQuestion : null) ?? localize(element.label, locale)
