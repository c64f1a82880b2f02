import { parsePepDate } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { codes, messages, TODAY } from './field-helpers.js'

describe('the Created header', () => {
  it('accepts DD-Mmm-YYYY dates from 1990 up to 14 days after today', () => {
    for (const value of ['05-Aug-2002', '01-Jan-1990', '29-Feb-2024', '22-Nov-2026', '06-Dec-2026']) {
      expect(codes('Created', value)).toEqual([])
    }
  })

  it('rejects a day without its leading zero and shows the padded date', () => {
    expect(codes('Created', '3-Aug-2002')).toEqual(['preamble.created.format'])
    expect(messages('Created', '3-Aug-2002')[0]).toContain('write 03-Aug-2002')
  })

  it('rejects "Sept" and full month names and shows the three-letter month', () => {
    expect(codes('Created', '03-Sept-2001')).toEqual(['preamble.created.format'])
    expect(messages('Created', '03-Sept-2001')[0]).toContain('write 03-Sep-2001')
    expect(messages('Created', '14-August-2001')[0]).toContain('write 14-Aug-2001')
  })

  it('rejects a lower-case month, as PEP dates are Mmm', () => {
    expect(messages('Created', '05-aug-2002')[0]).toContain('write 05-Aug-2002')
  })

  it('rejects ISO dates and shows the PEP form', () => {
    expect(codes('Created', '2002-08-05')).toEqual(['preamble.created.format'])
    expect(messages('Created', '2002-08-05')[0]).toContain('write 05-Aug-2002')
  })

  it('rejects dates that do not exist and words that are not months', () => {
    expect(codes('Created', '31-Feb-2020')).toEqual(['preamble.created.format'])
    expect(codes('Created', '29-Feb-2023')).toEqual(['preamble.created.format'])
    expect(messages('Created', '05-Foo-2002')[0]).toContain('not an English month')
    expect(codes('Created', 'yesterday')).toEqual(['preamble.created.format'])
  })

  it('rejects dates before 1990', () => {
    expect(codes('Created', '31-Dec-1989')).toEqual(['preamble.created.too-early'])
  })

  it('rejects dates more than 14 days after today, naming today', () => {
    expect(codes('Created', '07-Dec-2026')).toEqual(['preamble.created.future'])
    expect(messages('Created', '01-Jan-2027')[0]).toContain('today is 22-Nov-2026')
  })

  it('skips the future rule when the caller gives no today', () => {
    expect(codes('Created', '01-Jan-2099', {})).toEqual([])
  })

  it('reports a missing date as missing', () => {
    expect(codes('Created', undefined)).toEqual(['preamble.created.missing'])
  })
})

describe('parsePepDate', () => {
  it('reads a PEP date as midnight UTC', () => {
    expect(parsePepDate('22-Nov-2026')).toEqual({ ok: true, date: TODAY })
  })

  it('returns the reason and a suggestion for near misses', () => {
    expect(parsePepDate('3-Aug-2002')).toMatchObject({ ok: false, suggestion: '03-Aug-2002' })
  })
})
