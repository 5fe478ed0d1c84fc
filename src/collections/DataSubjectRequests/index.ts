import type { CollectionConfig, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { writeAudit } from '../../access/auditHooks'
import { denyAll, noOneField, ownerOnly, userOf } from '../../access/roles'
import { eraseDataSubject } from '../../privacy/eraseDataSubject'
import { rectifyDataSubject } from '../../privacy/rectifyDataSubject'
import type { DataSubjectRequest } from '../../payload-types'
import { collectionLabels, groups, l } from '../labels'
import { idOf } from '../relations'
import { slugs } from '../slugs'

const handled = ['done', 'refused']

/** Stores what handling a request did (a field no user writes) and answers the request with it. */
const recordOutcome = async ({
  req,
  request,
  outcome,
}: {
  req: PayloadRequest
  request: DataSubjectRequest
  outcome: DataSubjectRequest['outcome']
}) => {
  await req.payload.db.updateOne({
    collection: slugs.dataSubjectRequests,
    id: request.id,
    req,
    returning: false,
    data: { outcome },
  })
  return { ...request, outcome }
}

/**
 * A person's request about their data (access, rectification, erasure), as the owner
 * receives and handles it. Marking a request done carries it out in the same transaction:
 * an erasure erases what the law allows (src/privacy/eraseDataSubject.ts) and records what
 * was erased and what was kept; a rectification writes the corrected details into the
 * person's account (src/privacy/rectifyDataSubject.ts) and records which. Only the owner
 * reads and handles requests; none is ever deleted.
 */
export const DataSubjectRequests: CollectionConfig = {
  slug: slugs.dataSubjectRequests,
  labels: collectionLabels(
    ['Tietopyyntö', 'Begäran om uppgifter', 'Data subject request'],
    ['Tietopyynnöt', 'Begäranden om uppgifter', 'Data subject requests'],
  ),
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['receivedAt', 'subject', 'kind', 'status', 'handledAt'],
    group: groups.system,
    description: l(
      'Rekisteröidyn pyynnöt. Poistopyynnön merkitseminen käsitellyksi poistaa henkilön luonnokset, tunnistautumistiedot ja tilin yhteystiedot; lähetetyt hakemukset, asiat, päätökset ja tapahtumaloki säilytetään arkistolain mukaan. Oikaisupyynnön merkitseminen käsitellyksi päivittää sille kirjatut oikaistut tiedot henkilön tiliin.',
      'Registrerades begäranden. När en begäran om radering markeras som behandlad raderas personens utkast, identifieringsuppgifter och kontots kontaktuppgifter; skickade ansökningar, ärenden, beslut och händelseloggen bevaras enligt arkivlagen. När en begäran om rättelse markeras som behandlad skrivs de rättade uppgifterna in i personens konto.',
      "A data subject's requests. Marking an erasure request done erases the person's drafts, sign-in records and the account's contact details; submitted applications, cases, decisions and the audit log are kept as the Archives Act requires. Marking a rectification request done writes its corrected details into the person's account.",
    ),
  },
  access: { create: ownerOnly, read: ownerOnly, update: ownerOnly, delete: denyAll },
  hooks: {
    beforeChange: [
      ({ data, originalDoc, req }) => {
        const wasHandled = handled.includes(originalDoc?.status ?? 'open')
        if (wasHandled && data.status !== originalDoc?.status)
          throw new ValidationError({
            collection: slugs.dataSubjectRequests,
            errors: [{ path: 'status', message: 'A handled request stays as it was handled.' }],
          })
        if (!wasHandled && handled.includes(data.status)) {
          if (!data.resolution?.trim())
            throw new ValidationError({
              collection: slugs.dataSubjectRequests,
              errors: [{ path: 'resolution', message: 'Say what was done, or why the request was refused.' }],
            })
          data.handledBy = userOf(req)?.id ?? null
          data.handledAt = new Date().toISOString()
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, previousDoc, req }) => {
        const request = doc as DataSubjectRequest
        if (request.status !== 'done' || previousDoc?.status === 'done') return doc
        const subject = idOf(request.subject)!
        if (request.kind === 'rectification') {
          const outcome = await rectifyDataSubject({
            req,
            userId: subject,
            corrections: request.corrections ?? {},
          })
          return recordOutcome({ req, request, outcome })
        }
        if (request.kind !== 'erasure') return doc
        const outcome = await eraseDataSubject({ req, userId: subject })
        await writeAudit({
          req,
          action: 'delete',
          resource: slugs.users,
          resourceId: subject,
          detail: { erasure: outcome },
        })
        return recordOutcome({ req, request, outcome })
      },
    ],
  },
  fields: [
    {
      name: 'subject',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      index: true,
      label: l('Henkilö', 'Person', 'Person'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'access', label: l('Tietojen saaminen', 'Tillgång till uppgifter', 'Access') },
        { value: 'rectification', label: l('Oikaisu', 'Rättelse', 'Rectification') },
        { value: 'erasure', label: l('Poisto', 'Radering', 'Erasure') },
      ],
      label: l('Pyyntö', 'Begäran', 'Request'),
    },
    {
      name: 'receivedAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      label: l('Vastaanotettu', 'Mottagen', 'Received'),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 5000,
      label: l('Mitä pyydetään', 'Vad som begärs', 'What is asked'),
    },
    {
      name: 'corrections',
      type: 'group',
      label: l('Oikaistut tiedot', 'Rättade uppgifter', 'Corrected details'),
      admin: {
        condition: (data) => data?.kind === 'rectification',
        description: l(
          'Täytä vain oikaistavat tiedot: ne päivitetään henkilön tiliin, kun pyyntö merkitään käsitellyksi. Lähetetyn hakemuksen tiedot oikaisee asiaa käsittelevä viranomainen omaan asiakirjaansa.',
          'Fyll i endast de uppgifter som ska rättas: de skrivs in i personens konto när begäran markeras som behandlad. Uppgifterna i en skickad ansökan rättas av den myndighet som handlägger ärendet, i sin egen handling.',
          "Fill in only the details to correct: they are written into the person's account when the request is marked done. The details of a submitted application are rectified by the authority handling the case, in its own record.",
        ),
      },
      fields: [
        { name: 'name', type: 'text', maxLength: 200, label: l('Nimi', 'Namn', 'Name') },
        { name: 'email', type: 'email', label: l('Sähköposti', 'E-post', 'Email') },
        {
          name: 'phone',
          type: 'text',
          maxLength: 30,
          label: l('Puhelinnumero', 'Telefonnummer', 'Phone number'),
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      options: [
        { value: 'open', label: l('Avoin', 'Öppen', 'Open') },
        { value: 'done', label: l('Käsitelty', 'Behandlad', 'Done') },
        { value: 'refused', label: l('Hylätty', 'Avslagen', 'Refused') },
      ],
      label: l('Tila', 'Status', 'Status'),
    },
    {
      name: 'resolution',
      type: 'textarea',
      maxLength: 5000,
      label: l('Ratkaisu ja perustelu', 'Avgörande och motivering', 'Resolution and reasons'),
    },
    {
      name: 'outcome',
      type: 'json',
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Toteutettu', 'Genomfört', 'Carried out'),
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Käsittelijä', 'Handläggare', 'Handled by'),
    },
    {
      name: 'handledAt',
      type: 'date',
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Käsitelty', 'Behandlad', 'Handled at'),
    },
  ],
}
