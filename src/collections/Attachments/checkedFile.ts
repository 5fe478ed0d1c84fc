import { isWithinArchiveLimits } from './archiveLimits'
import { sniffedFileType } from './sniffedFileType'

/** File types customers and authorities may upload, with the extension they are stored under. */
export const extensionOfType = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'text/plain': 'txt',
} as const satisfies Record<string, string>
export type AttachmentMimeType = keyof typeof extensionOfType

/** File types customers and authorities may upload; anything else is refused. */
export const attachmentMimeTypes: string[] = Object.keys(extensionOfType)

const isAttachmentMimeType = (type: string | null): type is AttachmentMimeType =>
  type !== null && type in extensionOfType

/** The office formats that are ZIP archives inside. */
const archiveTypes = new Set<string>([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
])

/** Why a file is not taken, as the messages name it. */
export type FileProblem = 'file-type-not-allowed' | 'file-archive-too-large'

/**
 * What an uploaded file really is, from its content, and whether Lupa takes it: a type on
 * the allow-list, and an office document that does not unpack into too much. The one check
 * every upload path runs (the attachments collection, the wizard, supplement answers and
 * decision documents), so that each can name the problem.
 */
export const checkedFile = async ({
  data,
  declared,
}: {
  data: Buffer
  declared: string
}): Promise<{ type: AttachmentMimeType; problem: null } | { type: null; problem: FileProblem }> => {
  const type = await sniffedFileType({ data, declared })
  if (!isAttachmentMimeType(type)) return { type: null, problem: 'file-type-not-allowed' }
  if (archiveTypes.has(type) && !isWithinArchiveLimits(data))
    return { type: null, problem: 'file-archive-too-large' }
  return { type, problem: null }
}
