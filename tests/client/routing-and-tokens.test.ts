import { describe, expect, it } from 'vitest'
import { parseRoute } from '../../client/src/lib/route.js'
import { formatShortcut, ariaShortcut } from '../../client/src/features/toolbar/formatShortcut.js'
import { tokenFromHash } from '../../client/src/lib/tokens.js'

describe('parseRoute', () => {
  it('routes the start page and draft pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' })
    expect(parseRoute('/d/abc123XYZ')).toEqual({ page: 'editor', docId: 'abc123XYZ' })
    expect(parseRoute('/d/abc123XYZ/')).toEqual({ page: 'editor', docId: 'abc123XYZ' })
  })

  it('answers not-found for anything else, including a malformed escape', () => {
    expect(parseRoute('/d/')).toEqual({ page: 'not-found', path: '/d/' })
    expect(parseRoute('/d/a/b')).toEqual({ page: 'not-found', path: '/d/a/b' })
    expect(parseRoute('/d/%E0%A4%A')).toEqual({ page: 'not-found', path: '/d/%E0%A4%A' })
  })
})

describe('tokenFromHash', () => {
  it('reads the token from the fragment of a share link', () => {
    expect(tokenFromHash('#k=abc-_123')).toBe('abc-_123')
    expect(tokenFromHash('#other=1&k=xyz')).toBe('xyz')
  })

  it('finds no token in an empty or foreign fragment', () => {
    expect(tokenFromHash('')).toBeUndefined()
    expect(tokenFromHash('#k=')).toBeUndefined()
    expect(tokenFromHash('#section-2')).toBeUndefined()
  })
})

describe('formatShortcut', () => {
  it('spells Tiptap key names the way each platform prints them', () => {
    expect(formatShortcut('Mod-Shift-z', false)).toBe('Ctrl+Shift+Z')
    expect(formatShortcut('Mod-Alt-1', false)).toBe('Ctrl+Alt+1')
    expect(formatShortcut('Mod-Shift-z', true)).toBe('⌘⇧Z')
    expect(ariaShortcut('Mod-Alt-c', false)).toBe('Control+Alt+C')
    expect(ariaShortcut('Mod-k', true)).toBe('Meta+K')
  })
})
