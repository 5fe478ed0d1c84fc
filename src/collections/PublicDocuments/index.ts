import type { CollectionConfig } from 'payload'

import { denyAll, isStaff, staffOnly, userOf } from '../../access/roles'
import { collectionLabels, l } from '../labels'
import { slugs } from '../slugs'

/** The documents the portal publishes, one each, at `/privacy`, `/terms` and `/accessibility`. */
export const publicDocumentKeys = ['privacy', 'terms', 'accessibility'] as const
export type PublicDocumentKey = (typeof publicDocumentKeys)[number]

/**
 * The service's public documents: the privacy statement, the terms of use and the
 * accessibility statement, in Finnish, Swedish and English. Anyone reads a published one;
 * owners and service producers write them, as they write the rest of the content. None is
 * deleted: a document is taken down by unpublishing it, and the portal then says so.
 */
export const PublicDocuments: CollectionConfig = {
  slug: slugs.publicDocuments,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Julkinen asiakirja', 'Offentligt dokument', 'Public document'],
    ['Julkiset asiakirjat', 'Offentliga dokument', 'Public documents'],
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'key', 'updatedOn', 'isPublished'],
    group: l('Sivut', 'Sidor', 'Pages'),
  },
  access: {
    create: staffOnly,
    read: ({ req }) => (isStaff(userOf(req)) ? true : { isPublished: { equals: true } }),
    update: staffOnly,
    delete: denyAll,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'select',
          required: true,
          unique: true,
          index: true,
          label: l('Asiakirja', 'Dokument', 'Document'),
          options: [
            { value: 'privacy', label: l('Tietosuojaseloste', 'Dataskyddsbeskrivning', 'Privacy statement') },
            { value: 'terms', label: l('Käyttöehdot', 'Användarvillkor', 'Terms of use') },
            {
              value: 'accessibility',
              label: l('Saavutettavuusseloste', 'Tillgänglighetsutlåtande', 'Accessibility statement'),
            },
          ],
          admin: {
            description: l(
              'Mikä palvelun asiakirjoista tämä on: se näytetään osoitteessa /privacy, /terms tai /accessibility.',
              'Vilket av tjänstens dokument detta är: det visas på adressen /privacy, /terms eller /accessibility.',
              "Which of the service's documents this is: it is shown at /privacy, /terms or /accessibility.",
            ),
          },
        },
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: l('Otsikko', 'Rubrik', 'Title'),
        },
      ],
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      label: l('Sisältö', 'Innehåll', 'Content'),
      admin: {
        description: l(
          'Väliotsikot näytetään asiakirjan osioina. Puuttuva käännös näytetään suomeksi.',
          'Mellanrubrikerna visas som dokumentets avsnitt. En översättning som saknas visas på finska.',
          "Sub-headings are shown as the document's sections. A missing translation is shown in Finnish.",
        ),
      },
    },
    {
      name: 'updatedOn',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      label: l('Päivitetty', 'Uppdaterad', 'Updated on'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: l(
          'Näytetään asiakirjan päivityspäivänä. Muuta, kun sisältö muuttuu (ei kirjoitusvirheen korjauksesta).',
          'Visas som dokumentets uppdateringsdatum. Ändra när innehållet ändras (inte för en rättelse av stavfel).',
          "Shown as the document's update date. Change it when the content changes (not for a typo fix).",
        ),
      },
    },
    {
      name: 'isPublished',
      type: 'checkbox',
      defaultValue: false,
      label: l('Julkaistu', 'Publicerad', 'Published'),
      admin: { position: 'sidebar' },
    },
  ],
}
