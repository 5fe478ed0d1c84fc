import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { CollectionConfig, Where } from 'payload'
import { ValidationError } from 'payload'

import {
  authorityIdOf,
  customerWhere,
  hasRole,
  isStaff,
  noOneField,
  organisationIdsOf,
  staffOnly,
  userOf,
} from '../../access/roles'
import { pickLocale } from '../../domain/localize'
import { message } from '../../domain/messages'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import { sniffedFileType } from './sniffedFileType'

/** File types customers and authorities may upload, with the extension they are stored under. */
const extensionOfType = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'text/plain': 'txt',
} as const satisfies Record<string, string>
type AttachmentMimeType = keyof typeof extensionOfType

/** File types customers and authorities may upload; anything else is refused. */
export const attachmentMimeTypes: string[] = Object.keys(extensionOfType)

const isAttachmentMimeType = (type: string | undefined): type is AttachmentMimeType =>
  type !== undefined && type in extensionOfType

/**
 * The name a file is stored under: what it is (`label`, e.g. `decision` or a data element's
 * key), a random part and the extension of its type. Never the sender's own name, which may
 * be anything (`../x`, `.payload-secret`); that is kept as the description.
 */
const storedNameOf = (type: AttachmentMimeType, label: unknown) => {
  const prefix = typeof label === 'string' ? label.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) : ''
  return `${prefix || 'file'}-${randomBytes(8).toString('hex')}.${extensionOfType[type]}`
}

/**
 * Uploads, uploaded once and linked to every case that needs them. Served only through
 * the API, which checks read access on every download.
 */
export const attachments = ({ dataDir }: { dataDir: string }): CollectionConfig => ({
  slug: slugs.attachments,
  labels: collectionLabels(['Liite', 'Bilaga', 'Attachment'], ['Liitteet', 'Bilagor', 'Attachments']),
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'uploadedBy', 'createdAt'],
    group: groups.cases,
  },
  upload: {
    staticDir: path.resolve(dataDir, 'uploads'),
    mimeTypes: attachmentMimeTypes,
    disableLocalStorage: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  access: {
    create: ({ req }) => hasRole(userOf(req), 'customer', 'authority-user'),
    read: ({ req }) => {
      const user = userOf(req)
      if (!user) return false
      if (isStaff(user)) return true
      if (hasRole(user, 'customer')) return { or: [{ uploadedBy: { equals: user.id } }, customerWhere(user)] }
      const authority = authorityIdOf(user)
      if (!hasRole(user, 'authority-user') || authority === null) return false
      return { or: [{ uploadedBy: { equals: user.id } }, { authorities: { equals: authority } }] }
    },
    update: staffOnly,
    delete: ({ req }) => {
      const user = userOf(req)
      if (!user) return false
      if (isStaff(user)) return true
      const own: Where = { uploadedBy: { equals: user.id } }
      const unlocked: Where = { isLocked: { not_equals: true } }
      return { and: [own, unlocked] }
    },
  },
  hooks: {
    beforeOperation: [
      async ({ operation, req }) => {
        if ((operation !== 'create' && operation !== 'update') || !req.file) return
        const type =
          (await sniffedFileType({ data: req.file.data, declared: req.file.mimetype })) ?? undefined
        if (!isAttachmentMimeType(type)) {
          const locale = pickLocale(req.headers?.get('accept-language'))
          throw new ValidationError({
            collection: slugs.attachments,
            errors: [{ path: 'file', message: message('file-type-not-allowed', locale) }],
          })
        }
        // Store and serve the type the content has, not the one the sender claimed.
        req.file.mimetype = type
        req.file.name = storedNameOf(type, req.context?.fileLabel)
      },
    ],
    beforeChange: [
      ({ data, operation, req }) => {
        const user = userOf(req)
        if (operation === 'create' && user) {
          data.uploadedBy = user.id
          if (hasRole(user, 'customer')) {
            data.applicant = user.id
            // Server code (never a request body) may say on whose behalf the file is
            // uploaded, so that colleagues acting for the organisation can read it too;
            // only an organisation the customer acts for is taken.
            const onBehalfOf = req.context?.onBehalfOf
            const isOwnOrganisation = organisationIdsOf(user).some((id) => String(id) === String(onBehalfOf))
            if (onBehalfOf != null && isOwnOrganisation) data.onBehalfOf = onBehalfOf
          }
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'description', type: 'text', maxLength: 500, label: l('Kuvaus', 'Beskrivning', 'Description') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Lataaja', 'Uppladdad av', 'Uploaded by'),
    },
    {
      name: 'applicant',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Hakija', 'Sökande', 'Applicant'),
    },
    {
      name: 'onBehalfOf',
      type: 'relationship',
      relationTo: slugs.organisations,
      index: true,
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
      label: l('Edustettu organisaatio', 'Företrädd organisation', 'On behalf of'),
    },
    {
      name: 'authorities',
      type: 'relationship',
      relationTo: slugs.authorities,
      hasMany: true,
      index: true,
      access: { create: noOneField, update: noOneField },
      admin: {
        readOnly: true,
        description: l(
          'Viranomaiset, joille liite on toimitettu',
          'Myndigheter som fått bilagan',
          'Authorities the attachment was sent to',
        ),
      },
      label: l('Viranomaiset', 'Myndigheter', 'Authorities'),
    },
    {
      name: 'isLocked',
      type: 'checkbox',
      defaultValue: false,
      access: { create: noOneField, update: noOneField },
      admin: {
        readOnly: true,
        description: l(
          'Lähetetyn hakemuksen liitettä ei voi poistaa',
          'En bilaga till en skickad ansökan kan inte tas bort',
          'Attachments of a submitted application cannot be deleted',
        ),
      },
      label: l('Lukittu', 'Låst', 'Locked'),
    },
  ],
})
