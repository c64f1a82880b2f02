import { describe, expect, it } from 'vitest'
import { codes, messages } from './field-helpers.js'

describe('the Python-Version header', () => {
  it('accepts M.N, M.N.P, M.x and several versions separated by a comma and a space', () => {
    for (const value of ['3.14', '3.0', '2.7.9', '3.x', '1.6', '2.6, 3.0', '3.26'])
      expect(codes('Python-Version', value)).toEqual([])
  })

  it('rejects a version with one part or four', () => {
    expect(codes('Python-Version', '3')).toEqual(['preamble.python-version.format'])
    expect(codes('Python-Version', '3.1.2.3')).toEqual(['preamble.python-version.format'])
  })

  it('rejects major versions other than 1, 2 and 3', () => {
    expect(codes('Python-Version', '4.0')).toEqual(['preamble.python-version.major'])
    expect(codes('Python-Version', '0.9')).toEqual(['preamble.python-version.major'])
  })

  it('rejects leading zeros, including a .0 micro version, and says what to write', () => {
    expect(codes('Python-Version', '3.014')).toEqual(['preamble.python-version.leading-zero'])
    expect(messages('Python-Version', '3.014')[0]).toContain('write 3.14')
    expect(codes('Python-Version', '3.8.0')).toEqual(['preamble.python-version.leading-zero'])
    expect(messages('Python-Version', '3.8.05')[0]).toContain('write 3.8.5')
  })

  it('rejects non-numeric parts and a micro version after x', () => {
    expect(codes('Python-Version', '3.y')).toEqual(['preamble.python-version.format'])
    expect(codes('Python-Version', '3.x.1')).toEqual(['preamble.python-version.format'])
    expect(codes('Python-Version', '3.14.a')).toEqual(['preamble.python-version.format'])
  })

  it('rejects versions separated by a comma without a space', () => {
    expect(codes('Python-Version', '3.13,3.14')).toEqual(['preamble.python-version.separator'])
  })

  it('fails when present but empty', () => {
    expect(codes('Python-Version', '')).toEqual(['preamble.python-version.empty'])
  })
})
