import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { auditHooks } from '../../../src/access/auditHooks'
import { isStaff, noOneField, staffOnly, userOf } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { nowOf } from '../../../src/clock'
import { isShortNotice, noticeEmailAt } from '../domain/maintenance'
import type { MaintenanceNotice } from '../../../src/payload-types'
import { queueMaintenanceEmails } from '../maintenanceEmails'
import type { DeskProblemCode } from '../problems'
import { refuse } from '../problems'
import { serviceDeskSlugs } from '../serviceDeskSlugs'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd.M.yyyy HH:mm' } }
/** The break's times as one comparable value (the same instants may be written differently). */
const timesOf = (doc: Partial<MaintenanceNotice> | undefined) =>
  `${Date.parse(doc?.startsAt ?? '')}/${Date.parse(doc?.endsAt ?? '')}`

/**
 * A break ends after it starts. Publishing a break (or moving a published one) that starts
 * in less than 14 days needs the short notice confirmed: users then get the notice at once.
 */
const checkTimes: CollectionBeforeChangeHook<MaintenanceNotice> = ({ data, originalDoc, req }) => {
  const now = nowOf(req.payload)
  const startsAt = new Date(data.startsAt ?? '')
  const endsAt = new Date(data.endsAt ?? '')
  const problems: { path: string; code: DeskProblemCode }[] = []
  if (endsAt.getTime() <= startsAt.getTime()) problems.push({ path: 'endsAt', code: 'ends-before-start' })
  const isPublished = data.status === 'published'
  const isAnnouncedNow =
    isPublished && (originalDoc?.status !== 'published' || timesOf(data) !== timesOf(originalDoc))
  if (isAnnouncedNow && isShortNotice({ startsAt, now }) && !data.isShortNoticeAccepted)
    problems.push({ path: 'startsAt', code: 'short-notice' })
  if (problems.length > 0) refuse({ req, collection: serviceDeskSlugs.maintenanceNotices, problems })
  if (isPublished && !data.publishedAt) data.publishedAt = now.toISOString()
  return data
}

/** A notice published, or published with new times, is queued for emailing. */
const scheduleEmails: CollectionAfterChangeHook<MaintenanceNotice> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'published') return doc
  if (previousDoc?.status === 'published' && timesOf(doc) === timesOf(previousDoc)) return doc
  const at = noticeEmailAt({ startsAt: new Date(doc.startsAt), now: nowOf(req.payload) })
  await queueMaintenanceEmails({ req, noticeId: doc.id, at })
  return doc
}

const audit = auditHooks(serviceDeskSlugs.maintenanceNotices)

/**
 * Planned maintenance breaks. Published ones show in the portal (banner before, maintenance
 * page during) and are emailed to every user 14 days ahead, or at once when sooner.
 */
export const MaintenanceNotices: CollectionConfig = {
  slug: serviceDeskSlugs.maintenanceNotices,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Huoltokatko', 'Underhållsavbrott', 'Maintenance break'],
    ['Huoltokatkot', 'Underhållsavbrott', 'Maintenance breaks'],
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'endsAt', 'status', 'emailedAt', 'emailedCount'],
    group: groups.serviceDesk,
    description: l(
      'Julkaistu katko näkyy asiointipalvelussa ja lähetetään kaikille käyttäjille sähköpostilla 14 päivää ennen, tai heti jos katko on aiemmin.',
      'Ett publicerat avbrott visas i e-tjänsten och skickas per e-post till alla användare 14 dagar i förväg, eller genast om det är tidigare.',
      'A published break shows in the portal and is emailed to every user 14 days ahead, or at once when it is sooner.',
    ),
  },
  // The breaks are public: the portal shows them to everyone, signed in or not.
  access: {
    read: ({ req }) => (isStaff(userOf(req)) ? true : { status: { equals: 'published' } }),
    create: staffOnly,
    update: staffOnly,
    delete: () => false,
  },
  lockDocuments: false,
  hooks: {
    beforeChange: [checkTimes],
    afterChange: [scheduleEmails, ...audit.afterChange],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: l('Otsikko', 'Rubrik', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: l('Alkaa', 'Börjar', 'Starts at'),
          admin: {
            ...dateTime,
            description: l(
              'Suunnittele katko vähintään 14 päivää etukäteen. Tätä lähempänä alkavasta katkosta tiedotetaan heti.',
              'Planera avbrottet minst 14 dagar i förväg. Ett avbrott som börjar tidigare meddelas genast.',
              'Plan breaks at least 14 days ahead. A break starting sooner is announced at once.',
            ),
          },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          index: true,
          label: l('Päättyy', 'Slutar', 'Ends at'),
          admin: dateTime,
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 5_000,
      label: l('Kuvaus', 'Beskrivning', 'Description'),
      admin: {
        description: l(
          'Mitä katko koskee ja mitä käyttäjien kannattaa tehdä. Ruotsin- ja englanninkielinen teksti käyttää suomenkielistä, jos se puuttuu.',
          'Vad avbrottet gäller och vad användarna bör göra. Saknas svensk eller engelsk text används den finska.',
          'What the break concerns and what users should do. A missing Swedish or English text falls back to Finnish.',
        ),
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: l('Luonnos', 'Utkast', 'Draft') },
        { value: 'published', label: l('Julkaistu', 'Publicerad', 'Published') },
        { value: 'cancelled', label: l('Peruttu', 'Inställd', 'Cancelled') },
      ],
      label: l('Tila', 'Status', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'isShortNoticeAccepted',
      type: 'checkbox',
      defaultValue: false,
      label: l(
        'Julkaistaan lyhyellä varoitusajalla',
        'Publiceras med kort varsel',
        'Publish at short notice',
      ),
      admin: {
        position: 'sidebar',
        description: l(
          'Vahvistaa, että alle 14 päivän päästä alkavasta katkosta tiedotetaan heti.',
          'Bekräftar att ett avbrott som börjar om mindre än 14 dagar meddelas genast.',
          'Confirms that a break starting in less than 14 days is announced at once.',
        ),
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: l('Julkaistu', 'Publicerad', 'Published at'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar', ...dateTime },
    },
    {
      name: 'emailedAt',
      type: 'date',
      label: l('Lähetetty sähköpostilla', 'Skickad per e-post', 'Emailed at'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar', ...dateTime },
    },
    {
      name: 'emailedCount',
      type: 'number',
      label: l('Vastaanottajia', 'Mottagare', 'Recipients'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
