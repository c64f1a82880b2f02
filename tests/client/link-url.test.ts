import { describe, expect, it } from 'vitest'
import { validateLinkUrl } from '../../client/src/features/toolbar/linkUrl.js'

describe('validateLinkUrl', () => {
  it('accepts http and https addresses exactly as typed, trimmed', () => {
    expect(validateLinkUrl('  https://peps.python.org/pep-0001/ ')).toEqual({ ok: true, href: 'https://peps.python.org/pep-0001/' })
    expect(validateLinkUrl('http://example.org')).toEqual({ ok: true, href: 'http://example.org' })
  })

  it('refuses other schemes and names the scheme it found', () => {
    const result = validateLinkUrl('javascript:alert(1)')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain('javascript:')
    expect(validateLinkUrl('mailto:guido@python.org').ok).toBe(false)
    expect(validateLinkUrl('file:///etc/passwd').ok).toBe(false)
  })

  it('refuses an address without a scheme and says a scheme is needed', () => {
    const result = validateLinkUrl('peps.python.org')
    expect(!result.ok && result.message).toContain('http://')
  })

  it('asks for an address when the field is empty', () => {
    expect(validateLinkUrl('   ').ok).toBe(false)
  })
})
