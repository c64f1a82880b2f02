import type { Role } from './api.js'

const RANK: Record<Role, number> = { view: 0, review: 1, edit: 2 }

export const ROLE_NAMES: Record<Role, string> = { edit: 'editor', review: 'reviewer', view: 'viewer' }

/** Only editors write content; the server drops reviewers' and viewers' writes (DESIGN.md). */
export function canEditContent(role: Role): boolean {
  return role === 'edit'
}

export function isStrongerRole(a: Role, b: Role): boolean {
  return RANK[a] > RANK[b]
}

export function isRole(value: unknown): value is Role {
  return value === 'edit' || value === 'review' || value === 'view'
}
