/** How many and how large files a customer may attach, checked before anything is stored. */
export const attachmentLimits = {
  /** The largest file in bytes; the same as the REST upload limit of the Payload config. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Files under one attachment data element (e.g. "site map"). */
  maxFilesPerElement: 10,
  /** Files of one application in all. */
  maxFilesPerApplication: 40,
} as const

/** Why an upload is refused before its content is even looked at. */
export type UploadProblem = 'empty' | 'too-large' | 'too-many'

/**
 * Checks one more file against the limits, given how many files the element and the whole
 * application already have; null when it may be stored (its content is checked after).
 */
export function uploadProblem({
  size,
  filesInElement,
  filesInApplication,
}: {
  size: number
  filesInElement: number
  filesInApplication: number
}): UploadProblem | null {
  if (size <= 0) return 'empty'
  if (size > attachmentLimits.maxFileBytes) return 'too-large'
  if (
    filesInElement >= attachmentLimits.maxFilesPerElement ||
    filesInApplication >= attachmentLimits.maxFilesPerApplication
  )
    return 'too-many'
  return null
}
