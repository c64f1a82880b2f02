import { describe, expect, it } from 'vitest'
import { codes, messages } from './field-helpers.js'

describe('the PEP header', () => {
  it('accepts numbers from 0 to 9999 without leading zeros', () => {
    for (const value of ['0', '8', '12', '744', '3333', '9999']) expect(codes('PEP', value)).toEqual([])
  })

  it('rejects leading zeros and says which number to write', () => {
    expect(codes('PEP', '0012')).toEqual(['preamble.pep.leading-zero'])
    expect(messages('PEP', '0012')[0]).toContain('write 12')
  })

  it('rejects numbers above 9999', () => {
    expect(codes('PEP', '10000')).toEqual(['preamble.pep.range'])
  })

  it('rejects text that is not a number and suggests the bare number for "PEP 8"', () => {
    expect(codes('PEP', 'abc')).toEqual(['preamble.pep.format'])
    expect(codes('PEP', '-1')).toEqual(['preamble.pep.format'])
    expect(codes('PEP', '1.5')).toEqual(['preamble.pep.format'])
    expect(messages('PEP', 'PEP 8')[0]).toContain('write only the number, 8')
  })

  it('reports a missing or blank PEP number as missing', () => {
    expect(codes('PEP', undefined)).toEqual(['preamble.pep.missing'])
    expect(codes('PEP', '  ')).toEqual(['preamble.pep.missing'])
  })
})

describe('the Requires, Replaces and Superseded-By headers', () => {
  it('accept one PEP number or several separated by a comma and a space', () => {
    expect(codes('Requires', '634')).toEqual([])
    expect(codes('Requires', '489, 573, 630')).toEqual([])
    expect(codes('Replaces', '513, 571, 599')).toEqual([])
    expect(codes('Superseded-By', '765')).toEqual([])
  })

  it('reject a comma without a space, or a trailing comma', () => {
    expect(codes('Requires', '489,573')).toEqual(['preamble.requires.separator'])
    expect(codes('Replaces', '489 ,573')).toEqual(['preamble.replaces.separator'])
    expect(codes('Superseded-By', '765,')).toEqual(['preamble.superseded-by.separator'])
  })

  it('reject numbers with leading zeros, out of range or not numbers', () => {
    expect(codes('Requires', '489, 0573')).toEqual(['preamble.requires.leading-zero'])
    expect(codes('Replaces', '10000')).toEqual(['preamble.replaces.range'])
    expect(codes('Superseded-By', 'PEP 765')).toEqual(['preamble.superseded-by.format'])
    expect(codes('Requires', '489 573')).toEqual(['preamble.requires.format'])
  })

  it('warn when the same PEP is listed twice', () => {
    expect(codes('Requires', '489, 489')).toEqual(['preamble.requires.duplicate'])
  })

  it('fail when present but empty', () => {
    expect(codes('Requires', '')).toEqual(['preamble.requires.empty'])
    expect(codes('Replaces', ' ')).toEqual(['preamble.replaces.empty'])
    expect(codes('Superseded-By', '')).toEqual(['preamble.superseded-by.empty'])
  })
})
