import { PREAMBLE_MAP, validateField } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeHeader } from '../../client/src/features/preamble/writeHeader.js'

function preambleMap(): Y.Map<unknown> {
  return new Y.Doc().getMap(PREAMBLE_MAP)
}

describe('writeHeader', () => {
  it('stores what is typed, as typed', () => {
    const map = preambleMap()
    writeHeader(map, 'Title', 'A Title ')
    writeHeader(map, 'Author', [{ name: 'Ada Lovelace', email: 'ada@example.com' }])
    expect(map.toJSON()).toEqual({ Title: 'A Title ', Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }] })
  })

  it('deletes an emptied header, since an empty optional header fails the build', () => {
    const map = preambleMap()
    writeHeader(map, 'Sponsor', 'Guido van Rossum <guido@python.org>')
    writeHeader(map, 'Sponsor', '')
    writeHeader(map, 'Requires', '   ')
    writeHeader(map, 'Author', [])
    expect(map.toJSON()).toEqual({})
    expect(validateField('Sponsor', map.get('Sponsor'))).toEqual([])
  })

  it('keeps an emptied Post-History as an empty list, which PEP 1 asks for and python/peps accepts', () => {
    const map = preambleMap()
    writeHeader(map, 'Post-History', [{ date: '01-Jan-2025' }])
    writeHeader(map, 'Post-History', [])
    expect(map.get('Post-History')).toEqual([])
    expect(validateField('Post-History', map.get('Post-History'))).toEqual([])
  })
})
