import { ValidationError } from 'payload'

import { displayNameOf, storeAttachment } from '../../../src/applications/storeAttachment'
import { InfectedFileError, UploadDeferredError } from '../../../src/collections/Attachments'
import { checkedFile } from '../../../src/collections/Attachments/checkedFile'
import { idOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { attachmentLimits, uploadProblem } from '../../../src/domain/attachment-limits'
import type { DataElement } from '../../../src/domain/types'
import { formatFileSize } from '../i18n/format'
import { asUser } from './session.server'
import type { Wizard } from './wizardLoad.server'

/**
 * Most bytes one post of a wizard step may carry: a few files at the largest size. A post
 * over it is not parsed at all; with JavaScript, the page refuses such files before sending.
 */
export const maxPostBytes = 3 * attachmentLimits.maxFileBytes

/**
 * Stores the files posted for an attachment element. Each is checked for size and count,
 * then by its content (never its name or declared type); the stored name is generated, the
 * customer's name kept as the description. Gives the new ids and one message per refusal.
 */
export const storeUploads = async ({
  wizard,
  element,
  files,
  current,
  total,
}: {
  wizard: Wizard
  element: DataElement
  files: File[]
  current: string[]
  total: number
}): Promise<{ ids: number[]; errors: string[] }> => {
  const { t } = wizard
  const ids: number[] = []
  const errors: string[] = []
  for (const file of files) {
    const name = displayNameOf(file.name)
    const problem = uploadProblem({
      size: file.size,
      filesInElement: current.length + ids.length,
      filesInApplication: total + ids.length,
    })
    if (problem) {
      errors.push(
        problem === 'empty'
          ? t('files.errors.empty', { name })
          : problem === 'too-large'
            ? t('files.errors.tooLarge', {
                name,
                max: formatFileSize({ bytes: attachmentLimits.maxFileBytes, locale: wizard.locale }),
              })
            : t('files.errors.tooMany', { name, max: attachmentLimits.maxFilesPerElement }),
      )
      continue
    }
    const buffer = Buffer.from(await file.arrayBuffer())
    const checked = await checkedFile({ data: buffer, declared: file.type || 'application/octet-stream' })
    if (checked.problem !== null) {
      const key = checked.problem === 'file-archive-too-large' ? 'files.errors.archive' : 'files.errors.type'
      errors.push(t(key, { name }))
      continue
    }
    try {
      const doc = await storeAttachment({
        payload: wizard.payload,
        file: { data: buffer, name, mimeType: checked.type },
        label: element.key,
        access: asUser(wizard.user),
        context: { onBehalfOf: idOf(wizard.application.onBehalfOf) },
      })
      ids.push(doc.id)
    } catch (error) {
      if (error instanceof InfectedFileError) errors.push(t('files.errors.infected', { name }))
      else if (error instanceof ValidationError) errors.push(t('files.errors.type', { name }))
      else if (error instanceof UploadDeferredError) {
        errors.push(
          t(error.reason === 'too-many-uploads' ? 'files.errors.rate' : 'files.errors.scan', { name }),
        )
        break
      } else {
        wizard.payload.logger.error({ err: error, msg: 'Storing an attachment of a draft failed' })
        errors.push(t('files.errors.failed', { name }))
      }
    }
  }
  return { ids, errors }
}

/**
 * Unlinks a file from the draft, and deletes it when nothing else uses it: the collection
 * lets customers delete only their own unlocked files, and another application (a copy, or
 * one submitted with it) may still link it.
 */
export const deleteIfUnused = async (wizard: Wizard, attachmentId: number) => {
  // Counted as the system: the customer may not see every application that links the file
  // (e.g. a colleague's draft for the same organisation), and only the count is used.
  const { totalDocs } = await wizard.payload.count({
    collection: slugs.applications,
    where: {
      and: [{ attachments: { in: [attachmentId] } }, { id: { not_equals: wizard.application.id } }],
    },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await wizard.payload
    .delete({ collection: slugs.attachments, id: attachmentId, ...asUser(wizard.user) })
    .catch(() => undefined)
}
