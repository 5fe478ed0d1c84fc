import { inflateRawSync } from 'node:zlib'

/**
 * Limits for the ZIP containers of office documents (docx, xlsx, odt, ods): a small upload
 * must not unpack into something that stalls whoever opens it (a decompression bomb).
 */
export const archiveLimits = {
  /** Everything the archive holds, unpacked. */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** Unpacked to packed size, over the whole archive; office XML packs about 10:1. */
  maxRatio: 100,
  /** Below this much unpacked, the ratio is not looked at: small files pack as they will. */
  ratioFreeBytes: 1024 * 1024,
  maxEntries: 10_000,
} as const

const endOfCentralDirectory = 0x06054b50
const centralDirectoryEntry = 0x02014b50
const localFileHeader = 0x04034b50

/** The offset of the end-of-central-directory record, searched from the end (a comment may follow it). */
const endRecordOffsetOf = (data: Buffer) => {
  for (let offset = data.length - 22; offset >= Math.max(0, data.length - 22 - 0xffff); offset--)
    if (data.readUInt32LE(offset) === endOfCentralDirectory) return offset
  return -1
}

/**
 * Whether a ZIP archive stays within {@link archiveLimits} when unpacked. Every entry is
 * really inflated, with the output capped, so sizes the archive merely claims are never
 * trusted. An archive that cannot be read (ZIP64, encryption, an unknown method, a damaged
 * directory) is not within the limits either.
 */
export const isWithinArchiveLimits = (data: Buffer): boolean => {
  try {
    const end = endRecordOffsetOf(data)
    if (end < 0) return false
    const entries = data.readUInt16LE(end + 10)
    let offset = data.readUInt32LE(end + 16)
    if (entries === 0xffff || offset === 0xffffffff || entries > archiveLimits.maxEntries) return false
    let unpacked = 0
    for (let index = 0; index < entries; index++) {
      if (data.readUInt32LE(offset) !== centralDirectoryEntry) return false
      const flags = data.readUInt16LE(offset + 8)
      const method = data.readUInt16LE(offset + 10)
      const packedSize = data.readUInt32LE(offset + 20)
      const headerOffset = data.readUInt32LE(offset + 42)
      if (flags & 0x1 || packedSize === 0xffffffff || headerOffset === 0xffffffff) return false
      if (data.readUInt32LE(headerOffset) !== localFileHeader) return false
      const start =
        headerOffset + 30 + data.readUInt16LE(headerOffset + 26) + data.readUInt16LE(headerOffset + 28)
      const packed = data.subarray(start, start + packedSize)
      const room = archiveLimits.maxUnpackedBytes - unpacked
      if (method === 0) unpacked += packed.length
      else if (method === 8)
        // Over the room left, inflating throws (ERR_BUFFER_TOO_LARGE): the archive is refused.
        unpacked += inflateRawSync(packed, { maxOutputLength: Math.max(1, room) }).length
      else return false
      if (unpacked > archiveLimits.maxUnpackedBytes) return false
      offset +=
        46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32)
    }
    return unpacked <= archiveLimits.ratioFreeBytes || unpacked / data.length <= archiveLimits.maxRatio
  } catch {
    return false
  }
}
