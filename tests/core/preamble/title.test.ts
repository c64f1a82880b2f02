import { describe, expect, it } from 'vitest'
import { codes, messages } from './field-helpers.js'

describe('the Title header', () => {
  it('accepts titles from 1 to 79 characters', () => {
    expect(codes('Title', 'X')).toEqual([])
    expect(codes('Title', 'JIT Compilation')).toEqual([])
    expect(codes('Title', 'x'.repeat(79))).toEqual([])
  })

  it('counts characters, not UTF-16 units, as python/peps does', () => {
    expect(codes('Title', '𝒳'.repeat(79))).toEqual([])
  })

  it('rejects a title of 80 characters or more, saying how long it is', () => {
    expect(codes('Title', 'x'.repeat(80))).toEqual(['preamble.title.too-long'])
    expect(messages('Title', 'x'.repeat(80))[0]).toContain('80 characters')
  })

  it('reports a missing or blank title as missing', () => {
    expect(codes('Title', undefined)).toEqual(['preamble.title.missing'])
    expect(codes('Title', '')).toEqual(['preamble.title.missing'])
  })

  it('rejects a title that reStructuredText reads as a list or another construct', () => {
    expect(codes('Title', '1. Introduction')).toEqual(['preamble.title.enumerated-list'])
    expect(codes('Title', 'A. Proposal')).toEqual(['preamble.title.enumerated-list'])
    expect(codes('Title', '- Dashes')).toEqual(['preamble.title.bullet-list'])
    expect(codes('Title', '.. note')).toEqual(['preamble.title.directive'])
    expect(codes('Title', 'Syntax::')).toEqual(['preamble.title.literal-block'])
    expect(codes('Title', '====')).toEqual(['preamble.title.transition'])
  })

  it('accepts titles that only look close to those constructs', () => {
    for (const value of [
      'Python 3.14 Release Schedule',
      'PEP 8 Revisited',
      'A Type Hint',
      '__findattr__()',
      'I/O Layer',
    ]) {
      expect(codes('Title', value)).toEqual([])
    }
  })

  it('rejects a title on several lines', () => {
    expect(codes('Title', 'One\nTwo')).toEqual(['preamble.title.multiline'])
  })
})
