import type { CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { writeAudit } from '../../access/auditHooks'
import { denyAll, noOneField, ownerOnly, userOf } from '../../access/roles'
import { eraseDataSubject } from '../../privacy/eraseDataSubject'
import type { DataSubjectRequest } from '../../payload-types'
import { collectionLabels, groups, l } from '../labels'
import { idOf } from '../relations'
import { slugs } from '../slugs'

const handled = ['done', 'refused']

/**
 * A person's request about their data (access, rectification, erasure), as the owner
 * receives and handles it. Marking an erasure request done erases, in the same
 * transaction, what the law allows (src/privacy/eraseDataSubject.ts) and records what was
 * erased and what was kept; a rectification is made in the person's account and recorded
 * here. Only the owner reads and handles requests; none is ever deleted.
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
      'Rekisteröidyn pyynnöt. Poistopyynnön merkitseminen käsitellyksi poistaa henkilön luonnokset, tunnistautumistiedot ja tilin yhteystiedot; lähetetyt hakemukset, asiat, päätökset ja tapahtumaloki säilytetään arkistolain mukaan.',
      'Registrerades begäranden. När en begäran om radering markeras som behandlad raderas personens utkast, identifieringsuppgifter och kontots kontaktuppgifter; skickade ansökningar, ärenden, beslut och händelseloggen bevaras enligt arkivlagen.',
      "A data subject's requests. Marking an erasure request done erases the person's drafts, sign-in records and the account's contact details; submitted applications, cases, decisions and the audit log are kept as the Archives Act requires.",
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
        if (request.kind !== 'erasure' || request.status !== 'done' || previousDoc?.status === 'done')
          return doc
        const subject = idOf(request.subject)!
        const outcome = await eraseDataSubject({ req, userId: subject })
        await req.payload.db.updateOne({
          collection: slugs.dataSubjectRequests,
          id: request.id,
          req,
          returning: false,
          data: { outcome },
        })
        await writeAudit({
          req,
          action: 'delete',
          resource: slugs.users,
          resourceId: subject,
          detail: { erasure: outcome },
        })
        return { ...doc, outcome }
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
      label: l('Poistettu ja säilytetty', 'Raderat och bevarat', 'Erased and kept'),
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
