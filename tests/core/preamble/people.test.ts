import { parsePerson } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { codes, messages } from './field-helpers.js'

describe('the Author header', () => {
  it('accepts names with or without an email, including obfuscated emails and non-ASCII names', () => {
    expect(
      codes('Author', [
        { name: 'Brandt Bucher', email: 'brandt@python.org' },
        { name: 'Matt Page', email: 'mpage at python.org' },
        { name: 'Random J. User' },
        { name: "Steven D'Aprano" },
        { name: 'Łukasz Langa', email: 'lukasz@python.org' },
        { name: 'Konstantin Schütze', email: 'konstin@mailbox.org' },
      ]),
    ).toEqual([])
  })

  it('rejects "A. Person" as a numbered list item and names the fix', () => {
    expect(codes('Author', [{ name: 'A. Person' }])).toEqual(['preamble.author.enumerated-list'])
    const [message] = messages('Author', [{ name: 'A. Person', email: 'a@example.com' }])
    expect(message).toContain('numbered list')
    expect(message).toContain('drop the full stop (“A Person”)')
    expect(message).toContain('spell the name out')
  })

  it('rejects "I. Name", a roman numeral enumerator, the same way', () => {
    expect(codes('Author', [{ name: 'Guido van Rossum' }, { name: 'I. Name' }])).toEqual([
      'preamble.author.enumerated-list',
    ])
    expect(messages('Author', [{ name: 'I. Name' }])[0]).toContain('drop the full stop (“I Name”)')
  })

  it('rejects names with digits or parentheses, saying which characters to remove', () => {
    expect(codes('Author', [{ name: 'R2D2' }])).toEqual(['preamble.author.name'])
    expect(messages('Author', [{ name: 'R2D2' }])[0]).toContain('no digits')
    expect(codes('Author', [{ name: 'Jane Doe (PSF)' }])).toEqual(['preamble.author.name'])
    expect(messages('Author', [{ name: 'Jane Doe (PSF)' }])[0]).toContain('“(”, “)”')
  })

  it('rejects invalid email addresses', () => {
    expect(codes('Author', [{ name: 'Jane Doe', email: 'jane' }])).toEqual(['preamble.author.email'])
    expect(codes('Author', [{ name: 'Jane Doe', email: 'jane@@example.com' }])).toEqual(['preamble.author.email'])
    expect(codes('Author', [{ name: 'Jane Doe', email: 'jane@example.c_m' }])).toEqual(['preamble.author.email'])
    expect(codes('Author', [{ name: 'Jane Doe', email: 'ja ne@example.com' }])).toEqual(['preamble.author.email'])
  })

  it('rejects a person with an email but no name', () => {
    expect(codes('Author', [{ name: ' ', email: 'jane@example.com' }])).toEqual(['preamble.author.name-missing'])
  })

  it('reports an empty author list as missing', () => {
    expect(codes('Author', [])).toEqual(['preamble.author.missing'])
    expect(codes('Author', undefined)).toEqual(['preamble.author.missing'])
  })
})

describe('the Sponsor and PEP-Delegate headers', () => {
  it('accept one person as Name <email> or Name', () => {
    expect(codes('Sponsor', 'Guido van Rossum <guido@python.org>')).toEqual([])
    expect(codes('Sponsor', 'Alyssa Coghlan')).toEqual([])
    expect(codes('PEP-Delegate', 'Paul Moore <p.f.moore at gmail.com>')).toEqual([])
  })

  it('reject a Sponsor naming two people', () => {
    expect(codes('Sponsor', 'A Person <a@example.com>, B Person <b@example.com>')).toEqual(['preamble.sponsor.single'])
  })

  it('apply the name rules, including the numbered-list trap', () => {
    expect(codes('Sponsor', 'A. Person <a@example.com>')).toEqual(['preamble.sponsor.enumerated-list'])
    expect(codes('PEP-Delegate', 'Team 42')).toEqual(['preamble.pep-delegate.name'])
    expect(codes('Sponsor', 'Jane <jane@example.com')).toEqual(['preamble.sponsor.email'])
  })

  it('fail when Sponsor is empty, while an empty PEP-Delegate is allowed', () => {
    expect(codes('Sponsor', '')).toEqual(['preamble.sponsor.empty'])
    expect(codes('PEP-Delegate', '')).toEqual([])
  })
})

describe('parsePerson', () => {
  it('splits Name <email> and keeps a bare name whole', () => {
    expect(parsePerson('Brett Cannon <brett@python.org>')).toEqual({ name: 'Brett Cannon', email: 'brett@python.org' })
    expect(parsePerson('  Mark Dickinson ')).toEqual({ name: 'Mark Dickinson' })
  })
})
