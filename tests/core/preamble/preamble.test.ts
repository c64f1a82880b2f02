import { type HeaderName, type Preamble, validateField, validatePreamble } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { TODAY } from './field-helpers.js'

const complete: Preamble = {
  PEP: '9999',
  Title: 'A Complete Example',
  Author: [{ name: 'Jane Doe', email: 'jane@example.com' }],
  'Discussions-To': 'Pending',
  Status: 'Draft',
  Type: 'Standards Track',
  Created: '01-Nov-2026',
  'Python-Version': '3.16',
  'Post-History': [],
}

const codesOf = (preamble: Preamble): string[] => validatePreamble(preamble, { today: TODAY }).map((p) => p.code)

describe('validatePreamble', () => {
  it('reports nothing for a complete, valid preamble', () => {
    expect(validatePreamble(complete, { today: TODAY })).toEqual([])
  })

  it('reports each missing required header, in header order', () => {
    expect(codesOf({})).toEqual([
      'preamble.pep.missing',
      'preamble.title.missing',
      'preamble.author.missing',
      'preamble.discussions-to.missing',
      'preamble.status.missing',
      'preamble.type.missing',
      'preamble.created.missing',
      'preamble.post-history.missing',
    ])
  })

  it('only warns about a missing Discussions-To or Post-History, which PEP 1 asks for but the linter does not', () => {
    const { 'Discussions-To': _d, 'Post-History': _p, ...rest } = complete
    const problems = validatePreamble(rest, { today: TODAY })
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['preamble.discussions-to.missing', 'warning'],
      ['preamble.post-history.missing', 'warning'],
    ])
  })

  it('fails every empty optional header except PEP-Delegate and Post-History', () => {
    const empties: HeaderName[] = [
      'Sponsor',
      'Discussions-To',
      'Topic',
      'Requires',
      'Python-Version',
      'Replaces',
      'Superseded-By',
      'Resolution',
    ]
    for (const name of empties)
      expect(codesOf({ ...complete, [name]: '' })).toEqual([`preamble.${name.toLowerCase()}.empty`])
    expect(codesOf({ ...complete, 'PEP-Delegate': '' })).toEqual([])
    expect(codesOf({ ...complete, 'Post-History': [] })).toEqual([])
  })

  it('checks Status against Type across headers', () => {
    expect(codesOf({ ...complete, Status: 'Active' })).toEqual(['preamble.status.type-mismatch'])
    expect(codesOf({ ...complete, Status: 'Active', Type: 'Process' })).toEqual([])
  })

  it('rejects headers python/peps does not know, with advice for the retired ones', () => {
    const problems = validatePreamble({ ...complete, Version: '$Revision$', 'BDFL-Delegate': 'Guido' } as Preamble, {
      today: TODAY,
    })
    expect(problems.map((p) => p.code)).toEqual(['preamble.header.unknown', 'preamble.header.unknown'])
    expect(problems[0]!.message).toContain('“Version” is not a PEP header')
    expect(problems[1]!.message).toContain('PEP-Delegate')
  })

  it('rejects a direct PEP or RFC link in any header value, suggesting the role', () => {
    const problems = validatePreamble(
      { ...complete, Title: 'Revisiting https://peps.python.org/pep-0008/' },
      { today: TODAY },
    )
    expect(problems.map((p) => [p.code, p.field])).toEqual([['links.pep-url', 'Title']])
    expect(problems[0]!.message).toContain(':pep:`8`')
    const rfc = validatePreamble(
      {
        ...complete,
        Author: [{ name: 'Jane Doe', email: 'x@ietf.org' }],
        Resolution: 'https://www.rfc-editor.org/rfc/rfc2822',
      },
      { today: TODAY },
    )
    expect(rfc.map((p) => p.code)).toEqual(['preamble.resolution.url', 'links.rfc-url'])
    expect(rfc[1]!.message).toContain(':rfc:`2822`')
  })

  it('reports values of the wrong kind as problems instead of throwing', () => {
    expect(codesOf({ ...complete, Author: 'Jane Doe' as never })).toEqual(['preamble.author.invalid-value'])
    expect(codesOf({ ...complete, 'Post-History': [{ when: 'today' }] as never })).toEqual([
      'preamble.post-history.invalid-value',
    ])
    expect(codesOf({ ...complete, PEP: 12 as never })).toEqual(['preamble.pep.invalid-value'])
  })

  it('throws, naming the value, when called without a preamble or a valid today', () => {
    expect(() => validatePreamble(null as never, { today: TODAY })).toThrow('got null')
    expect(() => validatePreamble(complete, { today: new Date('nope') })).toThrow('options.today')
  })
})

describe('validateField', () => {
  it('attaches the field to each problem so the form can show it under the right input', () => {
    expect(validateField('Status', 'draft')).toEqual([
      {
        code: 'preamble.status.invalid',
        severity: 'error',
        field: 'Status',
        message: 'Status is case-sensitive: write “Draft”, not “draft”.',
      },
    ])
  })

  it('throws on a header name that does not exist, a programmer error', () => {
    expect(() => validateField('Version' as HeaderName, '1')).toThrow('Unknown preamble header: "Version"')
  })
})
