import { checkYDoc, checkedTemplate, findTemplate, PREAMBLE_MAP, seedFromTemplate } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'

const today = new Date('2026-11-22T12:00:00Z')

describe('the template a document is checked against', () => {
  it('is the one the Type header names, whatever the document was created from', () => {
    expect(checkedTemplate({ Type: 'Standards Track' }, 'informational').id).toBe('standards-track')
    expect(checkedTemplate({ Type: ' Process ' }, 'standards-track').id).toBe('process')
  })

  it('is the stored one while Type is empty or not a PEP type, and the default without either', () => {
    expect(checkedTemplate({}, 'informational').id).toBe('informational')
    expect(checkedTemplate({ Type: 'Standard' }, 'process').id).toBe('process')
    expect(checkedTemplate({}, undefined).id).toBe('standards-track')
    expect(checkedTemplate({}, 'no-such-template').id).toBe('standards-track')
  })

  it('makes the Standards Track sections required once an Informational PEP says Type: Standards Track', () => {
    const ydoc = new Y.Doc()
    seedFromTemplate(ydoc, findTemplate('informational')!, today)
    const titles = (report: ReturnType<typeof checkYDoc>) => report.problems.map((p) => p.message).join('\n')
    expect(titles(checkYDoc(ydoc, { today }))).not.toMatch(/Success Metrics/)

    ydoc.getMap(PREAMBLE_MAP).set('Type', 'Standards Track')
    const report = checkYDoc(ydoc, { today })
    expect(titles(report)).toMatch(/Success Metrics/)
    expect(report.problems.map((p) => p.code)).not.toContain('preamble.type.template')
  })
})
