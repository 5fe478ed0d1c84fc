import type { Request } from 'express'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** The compressions Lupa sends ready-made: Brotli first, gzip for older clients. */
export const encodings = ['br', 'gzip'] as const
export type Encoding = (typeof encodings)[number]

/** The file suffix of each compression's copy beside a built asset. */
export const encodingSuffixes: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/** The compression the client accepts, Brotli preferred; null for none of them. */
export const acceptedEncoding = (req: Request): Encoding | null => {
  const accepted = req.acceptsEncodings(...encodings)
  return encodings.find((encoding) => encoding === accepted) ?? null
}

/**
 * A body compressed once to be sent many times, so harder than each response is (Brotli 11
 * at build time; a cached page passes a lower quality, being compressed while a visitor waits).
 */
export const compress = (body: Buffer, encoding: Encoding, brotliQuality = 11) =>
  encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } })
    : gzipSync(body, { level: 9 })
