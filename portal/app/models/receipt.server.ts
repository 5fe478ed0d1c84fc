import type { Payload } from 'payload'
import { redirect } from 'react-router'

import { toElement } from '../../../src/catalogue/loadBundleContext'
import { idOf, idsOf } from '../../../src/collections/relations'
import type { Id } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { attachmentIdsOf } from '../../../src/domain/once-only'
import type { Locale } from '../../../src/domain/types'
import type { Case } from '../../../src/payload-types'
import { documentPdf } from '../../../src/pdf/documentPdf'
import { getFixedT } from '../i18n/i18next.server'
import { attachmentHrefOf, formatDateTime, textOf } from './authority.server'
import { askedLabelOf, loadBundleProfile, loadPlaceElements } from './bundleWording.server'
import { formatValue } from './questions.server'
import { asUser, type PortalUser } from './session.server'
import { readApplication } from './readApplication.server'
import { editHref } from './wizardPage.server'

/** One case of a submitted application: where it went and exactly what it carried. */
export type ReceiptCase = {
  id: string
  caseNumber: string
  permitName: string
  authorityName: string
  data: { key: string; label: string; value: string }[]
  files: { id: string; name: string; href: string }[]
}

export type Receipt = {
  applicationId: string
  title: string
  bundleName: string
  receiptNumber: string
  submittedAt: string
  submittedText: string
  /** Who applied: the organisation acted for, else the customer's own name. */
  applicantName: string
  /** What the bundle calls the applicant (e.g. "Järjestäjä"). */
  applicantLabel: string
  /** The heading of the offer to copy the application; null when the bundle does not offer it. */
  repeatHeading: string | null
  cases: ReceiptCase[]
}

const namesById = async ({
  payload,
  collection,
  ids,
  locale,
}: {
  payload: Payload
  collection: typeof slugs.permitTypes | typeof slugs.authorities
  ids: Id[]
  locale: Locale
}) => {
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale,
    depth: 0,
    pagination: false,
    select: { name: true },
    // Names of permit types and authorities are public catalogue data.
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
}

/**
 * The receipt of a submitted application of the customer: its receipt number and time, and
 * per case the permit, the authority it was routed to, and the data and files it carried.
 * A draft has no receipt yet: the customer is sent back to the wizard.
 */
export const loadReceipt = async ({
  payload,
  user,
  id,
  locale,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
}): Promise<Receipt> => {
  const application = await readApplication({ payload, user, id })
  if (application.status === 'draft') throw redirect(editHref(application.id))
  const { docs: cases } = await payload.find({
    collection: slugs.cases,
    where: { application: { equals: application.id } },
    sort: 'caseNumber',
    depth: 0,
    pagination: false,
    ...asUser(user),
  })
  const [permitNames, authorityNames] = await Promise.all([
    namesById({
      payload,
      collection: slugs.permitTypes,
      ids: idsOf(cases.map((doc) => doc.permitType)),
      locale,
    }),
    namesById({
      payload,
      collection: slugs.authorities,
      ids: idsOf(cases.map((doc) => doc.authority)),
      locale,
    }),
  ])
  const dataOf = (doc: Case) => doc.data ?? {}
  const keys = [...new Set(cases.flatMap((doc) => Object.keys(dataOf(doc))))]
  const { docs: elementDocs } = await payload.find({
    collection: slugs.dataElements,
    where: { key: { in: keys } },
    locale: 'all',
    depth: 0,
    pagination: false,
    ...asUser(user),
  })
  const elements = elementDocs.map(toElement)
  const elementsByKey = new Map(elements.map((element) => [element.key, element]))
  const fileIds = [...new Set(cases.flatMap((doc) => attachmentIdsOf({ elements, values: dataOf(doc) })))]
  const { docs: fileDocs } = fileIds.length
    ? await payload.find({
        collection: slugs.attachments,
        where: { id: { in: fileIds } },
        depth: 0,
        pagination: false,
        ...asUser(user),
      })
    : { docs: [] }
  const files = new Map(
    fileDocs.map((doc) => [
      String(doc.id),
      {
        id: String(doc.id),
        name: doc.description || doc.filename || '',
        href: attachmentHrefOf(doc.filename),
      },
    ]),
  )
  const organisationId = idOf(application.onBehalfOf)
  const organisation =
    organisationId === null
      ? null
      : await payload
          .findByID({
            collection: slugs.organisations,
            id: organisationId,
            depth: 0,
            disableErrors: true,
            ...asUser(user),
          })
          .catch(() => null)
  const bundleId = idOf(application.bundle)!
  // The customer's right to the application is checked above; the bundle's name and words
  // are shown even when the bundle has since been withdrawn.
  const [bundle, profile, placeElements] = await Promise.all([
    payload
      .findByID({
        collection: slugs.permitBundles,
        id: bundleId,
        locale,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
      })
      .catch(() => null),
    loadBundleProfile({ payload, bundle: { id: bundleId }, locale }),
    loadPlaceElements({ payload, user, bundleId }),
  ])
  const bundleName = bundle ? textOf(bundle.name, locale) : ''
  return {
    applicationId: String(application.id),
    title: application.title || bundleName,
    bundleName,
    receiptNumber: application.receiptNumber ?? '',
    submittedAt: application.submittedAt ?? '',
    submittedText: formatDateTime({ value: application.submittedAt, locale }) ?? '',
    applicantName: organisation
      ? `${organisation.name} (${organisation.businessId})`
      : user.name || user.email,
    applicantLabel: profile.wording.applicantLabel,
    repeatHeading: profile.wording.repeatHeading,
    cases: cases.map((doc) => {
      const values = dataOf(doc)
      return {
        id: String(doc.id),
        caseNumber: doc.caseNumber,
        permitName: permitNames.get(String(idOf(doc.permitType))) ?? '',
        authorityName: authorityNames.get(String(idOf(doc.authority))) ?? '',
        data: Object.keys(values)
          .filter((key) => elementsByKey.get(key)?.type !== 'attachment')
          .map((key) => {
            const element = elementsByKey.get(key)
            return {
              key,
              label: element
                ? askedLabelOf({ element, wording: profile.wording, placeElements, locale })
                : key,
              value: element ? formatValue({ element, value: values[key], locale }) : String(values[key]),
            }
          }),
        files: attachmentIdsOf({ elements, values })
          .map((fileId) => files.get(fileId))
          .filter((file) => file !== undefined),
      }
    }),
  }
}

/**
 * The receipt as a PDF in the language: what was sent to which authority and when, case by
 * case, with the data and the names of the files each one carried.
 */
export const receiptPdf = async ({ receipt, locale }: { receipt: Receipt; locale: Locale }) => {
  const t = await getFixedT(locale, 'wizard')
  const bytes = await documentPdf({
    title: t('receipt.pdf.title'),
    subtitle: `${receipt.receiptNumber} – ${receipt.title}`,
    language: locale,
    sections: [
      {
        heading: t('receipt.pdf.summary'),
        rows: [
          [t('receipt.receiptNumber'), receipt.receiptNumber],
          [t('receipt.submittedAt'), receipt.submittedText],
          [receipt.applicantLabel, receipt.applicantName],
          [t('receipt.bundle'), receipt.bundleName],
          [t('receipt.caseCount'), String(receipt.cases.length)],
        ],
      },
      ...receipt.cases.map((item) => ({
        heading: `${item.permitName}`,
        rows: [
          [t('receipt.authority'), item.authorityName],
          [t('receipt.caseNumber'), item.caseNumber],
          [t('receipt.submittedAt'), receipt.submittedText],
          ...item.data.map(({ label, value }): [string, string] => [label, value]),
          [t('receipt.files'), item.files.map((file) => file.name).join(', ') || t('receipt.noFiles')],
        ] satisfies [string, string][],
      })),
    ],
    footer: t('receipt.pdf.footer'),
  })
  const safeNumber = receipt.receiptNumber.replace(/[^A-Za-z0-9-]/g, '')
  return { bytes, filename: `${t('receipt.pdf.filename')}-${safeNumber}.pdf` }
}
