/** How other people see you: shown in the presence list and on your caret. Kept in this browser only. */
export interface Identity {
  name: string
  /** `#rrggbb`: CollaborationCaret ignores any other colour format. */
  color: string
}

export interface IdentityColour {
  name: string
  value: string
}

/** Dark enough for white caret labels (WCAG AA for the 12px label text). */
export const IDENTITY_COLOURS: readonly IdentityColour[] = [
  { name: 'Blue', value: '#1f5fbf' },
  { name: 'Teal', value: '#0b7a75' },
  { name: 'Green', value: '#2e7d32' },
  { name: 'Olive', value: '#6b6b00' },
  { name: 'Orange', value: '#b35000' },
  { name: 'Red', value: '#c62828' },
  { name: 'Pink', value: '#ad1457' },
  { name: 'Purple', value: '#6a1b9a' },
  { name: 'Indigo', value: '#3949ab' },
  { name: 'Brown', value: '#6d4c41' },
]

export const MAX_NAME_LENGTH = 40

const KEY = 'pepdraft:identity'
const ADJECTIVES = ['Curious', 'Patient', 'Careful', 'Bold', 'Quiet', 'Brisk', 'Gentle', 'Clever', 'Steady', 'Witty']
const ANIMALS = ['Python', 'Otter', 'Heron', 'Badger', 'Lynx', 'Puffin', 'Gecko', 'Falcon', 'Marten', 'Ibis']

/** The identity the user chose, or `undefined` on their first visit. */
export function loadIdentity(): Identity | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    return isIdentity(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function saveIdentity(identity: Identity): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(identity))
  } catch {
    // Storage disabled: the identity lasts for this page only.
  }
}

export function randomIdentity(random: () => number = Math.random): Identity {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] ?? items[0]!
  return { name: `${pick(ADJECTIVES)} ${pick(ANIMALS)}`, color: pick(IDENTITY_COLOURS).value }
}

export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH)
}

function isIdentity(value: unknown): value is Identity {
  if (typeof value !== 'object' || value === null) return false
  const { name, color } = value as Record<string, unknown>
  return typeof name === 'string' && name.trim() !== '' && typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)
}
