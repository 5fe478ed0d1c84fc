import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../access/roles'
import { deriveKey } from '../../catalogue/deriveKey'
import { uniqueKey } from '../../catalogue/uniqueKey'
import { prefillSources, type PrefillSource } from '../../domain/prefill-sources'
import { collectionLabels, groups, l } from '../labels'
import { dataElementTypeOptions } from '../optionLabels'
import { slugs } from '../slugs'
import { refuseDeletingUsed } from './refuseDeletingUsed'
import { validateStep } from './validateStep'

const prefillSourceLabels: Record<PrefillSource, ReturnType<typeof l>> = {
  'applicant-name': l(
    'Hakijan nimi (organisaatio tai henkilö itse)',
    'Sökandens namn (organisationen eller personen själv)',
    "The applicant's name (the organisation, or the person themselves)",
  ),
  'person-name': l('Asiakkaan nimi', 'Kundens namn', "The customer's name"),
  'person-email': l('Asiakkaan sähköposti', 'Kundens e-post', "The customer's email"),
  'person-phone': l('Asiakkaan puhelinnumero', 'Kundens telefonnummer', "The customer's phone number"),
  'organisation-name': l('Organisaation nimi', 'Organisationens namn', "The organisation's name"),
  'organisation-business-id': l(
    'Organisaation Y-tunnus',
    'Organisationens FO-nummer',
    "The organisation's business ID",
  ),
  'organisation-street-address': l(
    'Organisaation lähiosoite (YTJ)',
    'Organisationens gatuadress (FODS)',
    "The organisation's street address (business register)",
  ),
  'organisation-postcode': l(
    'Organisaation postinumero (YTJ)',
    'Organisationens postnummer (FODS)',
    "The organisation's postcode (business register)",
  ),
  'organisation-post-office': l(
    'Organisaation postitoimipaikka (YTJ)',
    'Organisationens postanstalt (FODS)',
    "The organisation's post office (business register)",
  ),
  'organisation-website': l(
    'Organisaation verkkosivut (YTJ)',
    'Organisationens webbplats (FODS)',
    "The organisation's website (business register)",
  ),
}

/** The once-only catalogue: every datum any form asks, defined once. */
export const DataElements: CollectionConfig = {
  slug: slugs.dataElements,
  // CMS content: kept by each process until it changes (src/catalogue/contentCache.ts).
  custom: { isContent: true },
  labels: collectionLabels(
    ['Tietokenttä', 'Datafält', 'Data element'],
    ['Tietokentät', 'Datafält', 'Data elements'],
  ),
  admin: {
    // Pickers name an element by its question (in the content language, Finnish as fallback).
    useAsTitle: 'label',
    listSearchableFields: ['label', 'key'],
    defaultColumns: ['label', 'key', 'type', 'step'],
    group: groups.catalogue,
    description: l(
      'Jokainen lomakkeen kysymys on tietokenttä. Sama tieto kysytään asiakkaalta vain kerran.',
      'Varje fråga i en blankett är ett datafält. Samma uppgift frågas bara en gång.',
      'Every question is a data element. The customer is asked each datum only once.',
    ),
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeValidate: [
      deriveKey({ collection: slugs.dataElements, from: 'label', style: 'camel', fallback: 'element' }),
    ],
    beforeDelete: [refuseDeletingUsed],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: l('Tunniste', 'Identifierare', 'Key'),
          // JSON Logic reads an answer by its key: no dots, no spaces.
          validate: uniqueKey({
            collection: slugs.dataElements,
            format: { pattern: /^[a-z][a-zA-Z0-9]*$/, code: 'invalid-element-key' },
            derived: true,
          }),
          admin: {
            description: l(
              'Pysyvä tunniste, esim. expectedAttendees. Jos jätät sen tyhjäksi, se muodostetaan kysymyksestä tallennettaessa.',
              'Permanent identifierare, t.ex. expectedAttendees. Lämnas den tom bildas den av frågan när posten sparas.',
              'Stable key, e.g. expectedAttendees. Left empty, it is made of the label when saved.',
            ),
          },
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'text',
          label: l('Tyyppi', 'Typ', 'Type'),
          options: dataElementTypeOptions,
        },
      ],
    },
    { name: 'label', type: 'text', required: true, localized: true, label: l('Kysymys', 'Fråga', 'Label') },
    { name: 'help', type: 'textarea', localized: true, label: l('Ohje', 'Hjälptext', 'Help text') },
    {
      type: 'row',
      fields: [
        {
          // The step's key, chosen from the steps of the bundles that use the element.
          name: 'step',
          type: 'text',
          label: l('Vaihe', 'Steg', 'Step'),
          validate: validateStep,
          admin: {
            components: { Field: '/components/Catalogue/StepSelect#StepSelect' },
            description: l(
              'Hakemuksen vaihe, jolla tieto kysytään: valitaan tietoa käyttävien lupakokonaisuuksien vaiheista.',
              'Steget i ansökan där uppgiften frågas: väljs bland stegen i de tillståndshelheter som använder den.',
              'The application step that asks this datum: chosen from the steps of the bundles that use it.',
            ),
          },
        },
        { name: 'order', type: 'number', defaultValue: 0, label: l('Järjestys', 'Ordning', 'Order') },
      ],
    },
    {
      name: 'prefill',
      type: 'select',
      label: l('Esitäyttö', 'Förifyllning', 'Prefill'),
      options: prefillSources.map((value) => ({ value, label: prefillSourceLabels[value] })),
      admin: {
        condition: (data) => data?.type !== 'attachment',
        description: l(
          'Mistä uuteen hakemukseen täytetään tieto valmiiksi: asiakkaan tunnistautumisesta ja profiilista tai edustetun organisaation tiedoista (Yritys- ja yhteisötietojärjestelmä). Asiakas voi muuttaa esitäytettyä tietoa. Lupatarvekysymyksiä ei esitäytetä.',
          'Varifrån uppgiften förifylls i en ny ansökan: kundens identifiering och profil eller den företrädda organisationens uppgifter (företags- och organisationsdatasystemet). Kunden kan ändra förifyllda uppgifter. Frågor i tillståndsanalysen förifylls inte.',
          "Where a new application takes this datum from: the customer's identification and profile, or the represented organisation's details (the business register). The customer can change what is prefilled. Permit analysis questions are never prefilled.",
        ),
      },
    },
    {
      name: 'options',
      type: 'array',
      label: l('Vaihtoehdot', 'Alternativ', 'Options'),
      admin: { condition: (data) => data?.type === 'select' || data?.type === 'multiSelect' },
      fields: [
        { name: 'value', type: 'text', required: true, label: l('Arvo', 'Värde', 'Value') },
        { name: 'label', type: 'text', required: true, localized: true, label: l('Teksti', 'Text', 'Label') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', label: l('Vähintään', 'Minst', 'Minimum') },
        { name: 'max', type: 'number', label: l('Enintään', 'Högst', 'Maximum') },
        { name: 'maxLength', type: 'number', label: l('Enimmäispituus', 'Maxlängd', 'Maximum length') },
      ],
    },
  ],
}
