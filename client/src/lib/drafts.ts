import type { Role } from './api.js'
import { isRole, isStrongerRole } from './roles.js'

/**
 * The drafts opened in this browser, kept in localStorage with their token so the list links work
 * after a reload. Tokens are capabilities: they stay in this browser and never go in a query string.
 */
export interface LocalDraft {
  id: string
  /** The preamble Title, once the draft has been opened and has one. */
  title?: string
  role: Role
  token: string
  /** ISO timestamp. */
  lastOpened: string
  /** The three share links, known only in the browser that created the draft. */
  urls?: Record<Role, string>
}

const KEY = 'pepdraft:drafts'
const listeners = new Set<() => void>()
let cache: { raw: string | null; drafts: readonly LocalDraft[] } | undefined

export function loadDrafts(): readonly LocalDraft[] {
  const raw = safeRead()
  if (cache?.raw !== raw) cache = { raw, drafts: parseDrafts(raw) }
  return cache.drafts
}

export function findDraft(id: string): LocalDraft | undefined {
  return loadDrafts().find((draft) => draft.id === id)
}

/**
 * Records that `id` was opened with `token`. The entry keeps the strongest token seen, so opening a
 * view link does not take away the edit link this browser already had.
 */
export function rememberDraft(id: string, role: Role, token: string, extra: Partial<LocalDraft> = {}): void {
  const previous = findDraft(id)
  const keepPrevious = previous !== undefined && isStrongerRole(previous.role, role)
  const entry: LocalDraft = {
    ...previous,
    ...extra,
    id,
    role: keepPrevious ? previous.role : role,
    token: keepPrevious ? previous.token : token,
    lastOpened: new Date().toISOString(),
  }
  write([entry, ...loadDrafts().filter((draft) => draft.id !== id)])
}

export function setDraftTitle(id: string, title: string): void {
  const drafts = loadDrafts()
  const entry = drafts.find((draft) => draft.id === id)
  if (!entry || entry.title === title) return
  write(drafts.map((draft) => (draft.id === id ? { ...draft, title } : draft)))
}

export function forgetDraft(id: string): void {
  write(loadDrafts().filter((draft) => draft.id !== id))
}

export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

function write(drafts: readonly LocalDraft[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(drafts))
  } catch {
    // Storage full or disabled (private mode): the draft still works, it is just not listed.
  }
  for (const listener of listeners) listener()
}

function safeRead(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}

function parseDrafts(raw: string | null): readonly LocalDraft[] {
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? value.filter(isLocalDraft) : []
  } catch {
    return []
  }
}

function isLocalDraft(value: unknown): value is LocalDraft {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return typeof draft.id === 'string' && typeof draft.token === 'string' && isRole(draft.role)
}
