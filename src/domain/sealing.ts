/**
 * Small secrets kept in the database (a device's unlock code) are sealed with AES-256-GCM under a
 * key derived from the server secret: a database dump alone does not reveal them, and a changed
 * value is detected (authenticated encryption). Format: « v1:<iv>.<tag>.<ciphertext> », base64url.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

const PREFIX = 'v1:'

const keyOf = (secret: string) =>
  createHash('sha256').update(`atelier/unlock-code/${secret}`).digest()

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(PREFIX)

export function seal(plain: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `${PREFIX}${[iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')}`
}

/** The plain text, or null when the value was sealed under another secret or altered. */
export function unseal(sealed: string, secret: string): string | null {
  if (!isSealed(sealed)) return null
  const [iv, tag, body] = sealed
    .slice(PREFIX.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'))
  if (!iv || !tag || !body) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
