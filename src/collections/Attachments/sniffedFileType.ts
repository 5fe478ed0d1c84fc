import { fileTypeFromBuffer } from 'file-type'

/**
 * The real type of an uploaded file, read from its content; a declared type is never
 * trusted. Plain text has no signature: it passes only if it is not a markup document
 * (HTML, SVG, XML could run scripts when opened) and holds no NUL bytes.
 */
export const sniffedFileType = async ({
  data,
  declared,
}: {
  data: Buffer
  declared: string
}): Promise<string | null> => {
  const detected = await fileTypeFromBuffer(data)
  if (detected) return detected.mime
  if (declared !== 'text/plain') return null
  const head = data.subarray(0, 4096).toString('utf8').trimStart().toLowerCase()
  const isMarkup = head.startsWith('<') || head.includes('<script') || head.includes('<html')
  return isMarkup || data.includes(0) ? null : 'text/plain'
}
