import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { CollectionConfig, PayloadRequest, Where } from 'payload'
import { APIError, ValidationError } from 'payload'

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
import { writeAudit } from '../../access/auditHooks'
import { pickLocale } from '../../domain/localize'
import type { Locale } from '../../domain/types'
import { message } from '../../domain/messages'
import { collectionLabels, groups, l } from '../labels'
import { slugs } from '../slugs'
import type { AttachmentMimeType } from './checkedFile'
import { attachmentMimeTypes, checkedFile, extensionOfType } from './checkedFile'
import { scanWithClamd } from './malwareScan'

export { attachmentMimeTypes } from './checkedFile'

/**
 * The name a file is stored under: what it is (`label`, e.g. `decision` or a data element's
 * key), a random part and the extension of its type. Never the sender's own name, which may
 * be anything (`../x`, `.payload-secret`); that is kept as the description.
 */
const storedNameOf = (type: AttachmentMimeType, label: unknown) => {
  const prefix = typeof label === 'string' ? label.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) : ''
  return `${prefix || 'file'}-${randomBytes(8).toString('hex')}.${extensionOfType[type]}`
}

/** Files one user may upload in a window, over every channel. */
export type UploadRate = { limit: number; windowMs: number }

const defaultUploadRate: UploadRate = { limit: 60, windowMs: 10 * 60 * 1000 }

/**
 * An upload refused for now, to be tried again later: its user uploaded too much too fast
 * (429), or the malware scan could not be done (503).
 */
export class UploadDeferredError extends APIError {
  readonly reason: 'too-many-uploads' | 'malware-scan-unavailable'

  constructor(reason: UploadDeferredError['reason'], locale: Locale) {
    super(message(reason, locale), reason === 'too-many-uploads' ? 429 : 503, undefined, true)
    this.name = 'UploadDeferredError'
    this.reason = reason
  }
}

/** A file the malware scan found something in (400). */
export class InfectedFileError extends ValidationError {
  constructor(locale: Locale) {
    super({
      collection: slugs.attachments,
      errors: [{ path: 'file', message: message('file-infected', locale) }],
    })
    this.name = 'InfectedFileError'
  }
}

const localeOf = (req: PayloadRequest) => pickLocale(req.headers?.get('accept-language'))

/** Scans the file when a ClamAV daemon is configured; refuses it when infected or unscanned. */
const scanForMalware = async (req: PayloadRequest, data: Buffer, url: string | undefined) => {
  if (!url) return
  const result = await scanWithClamd({ url, data }).catch((error: unknown) => {
    req.payload.logger.warn({ err: error, msg: 'Malware scan unavailable: upload refused' })
    throw new UploadDeferredError('malware-scan-unavailable', localeOf(req))
  })
  if (!result.isClean) {
    req.payload.logger.warn({ msg: `Malware scan: upload refused (${result.signature})` })
    throw new InfectedFileError(localeOf(req))
  }
}

/**
 * Refuses a user's upload over their rate, counted from the stored files themselves: the
 * same count for every web process and every channel (REST, the portal, the integration API).
 */
const checkUploadRate = async (req: PayloadRequest, rate: UploadRate) => {
  const user = userOf(req)
  if (!user) return
  const { totalDocs } = await req.payload.count({
    collection: slugs.attachments,
    where: {
      and: [
        { uploadedBy: { equals: user.id } },
        { createdAt: { greater_than: new Date(Date.now() - rate.windowMs).toISOString() } },
      ],
    },
    req,
    overrideAccess: true,
  })
  if (totalDocs >= rate.limit) throw new UploadDeferredError('too-many-uploads', localeOf(req))
}

/**
 * Uploads, uploaded once and linked to every case that needs them. Served only through
 * the API, which checks read access on every download.
 */
export const attachments = ({
  dataDir,
  uploadRate = defaultUploadRate,
  malwareScanUrl,
}: {
  dataDir: string
  uploadRate?: UploadRate
  /** A ClamAV daemon (`tcp://host:port`) every upload is scanned by; none when unset. */
  malwareScanUrl?: string
}): CollectionConfig => ({
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
    // Every download is recorded (who, which file, from where), before the file is served.
    handlers: [
      async (req, { doc }) => {
        if (req.user && doc?.id != null)
          await writeAudit({ req, action: 'download', resource: slugs.attachments, resourceId: doc.id })
      },
    ],
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
        const { type, problem } = await checkedFile({ data: req.file.data, declared: req.file.mimetype })
        if (problem !== null)
          throw new ValidationError({
            collection: slugs.attachments,
            errors: [{ path: 'file', message: message(problem, localeOf(req)) }],
          })
        if (operation === 'create') await checkUploadRate(req, uploadRate)
        await scanForMalware(req, req.file.data, malwareScanUrl)
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
