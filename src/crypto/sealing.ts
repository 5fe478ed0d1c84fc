import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

const sealedPrefix = 'v1'

/**
 * A 32-byte key for one purpose (`info`), derived from a secret with HKDF-SHA256: each
 * purpose gets its own key, and none is useful without the secret.
 */
export const derivedKey = ({ secret, info }: { secret: string | Buffer; info: string }) =>
  Buffer.from(hkdfSync('sha256', secret, 'lupa', info, 32))

/** Encrypts text for storage (AES-256-GCM): `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export const seal = (text: string, key: Buffer) => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return [sealedPrefix, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** Decrypts what `seal` wrote; throws when it was sealed with another key or changed. */
export const unseal = (sealed: string, key: Buffer) => {
  const [version, iv, tag, ciphertext] = sealed.split('.')
  if (version !== sealedPrefix || !iv || !tag || !ciphertext) throw new Error('Unknown sealed format')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  )
}
