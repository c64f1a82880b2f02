import * as sha256 from 'lib0/hash/sha256'

const KEY = 'pepdraft:author-key'
const KEY_BYTES = 32

/**
 * This browser's secret author key (32 random bytes, base64url), created once and kept in
 * localStorage. The server stores only its SHA-256, which proves "my comment" without an account.
 */
export function loadAuthorKey(): string {
  try {
    const stored = localStorage.getItem(KEY)
    if (stored && /^[A-Za-z0-9_-]{43}$/.test(stored)) return stored
  } catch {
    // Storage disabled: a key for this page only, so comments cannot be edited after a reload.
  }
  const key = base64url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)))
  try {
    localStorage.setItem(KEY, key)
  } catch {
    // See above.
  }
  return key
}

/** The author id the server derives from `key`: SHA-256 of its UTF-8 bytes, lower-case hex. */
export async function authorIdOf(key: string): Promise<string> {
  const bytes = new TextEncoder().encode(key)
  // crypto.subtle exists only in secure contexts (https, localhost); lib0 computes the same digest elsewhere.
  const digest = crypto.subtle ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)) : sha256.digest(bytes)
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
