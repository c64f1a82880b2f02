import { describe, expect, it } from 'vitest'
import { commentSegments } from '../../client/src/features/review/commentSegments.js'

describe('commentSegments', () => {
  it('keeps markup as plain text: a hostile body is one text segment, character for character', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    expect(commentSegments(hostile)).toEqual([{ kind: 'text', text: hostile }])
    const script = '<script>alert("x")</script> & <b>bold</b>'
    expect(commentSegments(script)).toEqual([{ kind: 'text', text: script }])
  })

  it('renders ``double-backtick literals`` as code, without the backticks', () => {
    expect(commentSegments('Use ``match`` here, not ``if x == 1``.')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'literal', text: 'match' },
      { kind: 'text', text: ' here, not ' },
      { kind: 'literal', text: 'if x == 1' },
      { kind: 'text', text: '.' },
    ])
  })

  it('keeps markup inside a literal as the literal’s text', () => {
    expect(commentSegments('``<img src=x>``')).toEqual([{ kind: 'literal', text: '<img src=x>' }])
  })

  it('leaves single backticks and unclosed literals as text', () => {
    expect(commentSegments('`x` and ``open')).toEqual([{ kind: 'text', text: '`x` and ``open' }])
    expect(commentSegments('````')).toEqual([{ kind: 'text', text: '````' }])
  })

  it('links http and https URLs, leaving the sentence’s punctuation outside', () => {
    expect(commentSegments('See https://peps.python.org/pep-0008/. Or http://example.org, maybe')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://peps.python.org/pep-0008/', href: 'https://peps.python.org/pep-0008/' },
      { kind: 'text', text: '. Or ' },
      { kind: 'link', text: 'http://example.org', href: 'http://example.org' },
      { kind: 'text', text: ', maybe' },
    ])
  })

  it('keeps balanced parentheses in a URL and drops the one closing the sentence’s aside', () => {
    expect(commentSegments('(see https://en.wikipedia.org/wiki/Python_(language))')).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', text: 'https://en.wikipedia.org/wiki/Python_(language)', href: 'https://en.wikipedia.org/wiki/Python_(language)' },
      { kind: 'text', text: ')' },
    ])
  })

  it('does not link other schemes, nor URLs inside literals', () => {
    expect(commentSegments('javascript:alert(1) data:text/html,x')).toEqual([{ kind: 'text', text: 'javascript:alert(1) data:text/html,x' }])
    expect(commentSegments('``https://example.org``')).toEqual([{ kind: 'literal', text: 'https://example.org' }])
  })

  it('stops a URL at markup characters, so they stay text', () => {
    expect(commentSegments('https://example.org/<script>')).toEqual([
      { kind: 'link', text: 'https://example.org/', href: 'https://example.org/' },
      { kind: 'text', text: '<script>' },
    ])
  })

  it('keeps line breaks and whitespace in text segments', () => {
    expect(commentSegments('first line\n\n  second')).toEqual([{ kind: 'text', text: 'first line\n\n  second' }])
  })
})
