import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Preamble, readPreamble, toRst, validatePreamble, writePreamble } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { importPreamble } from '../../../core/src/rst-import/preamble.js'

const PEPS = fileURLToPath(new URL('../../../../shared/fixtures/peps/', import.meta.url))

/** Only the preamble as the exporter writes it: an empty body adds nothing after it. */
function exportPreamble(preamble: Preamble): string[] {
  const { rst } = toRst({ type: 'doc', content: [] }, preamble)
  return rst.replace(/\n$/, '').split('\n')
}

function headerLines(source: string): string[] {
  const lines = source.split('\n')
  return lines.slice(0, lines.findIndex((line) => line.trim() === ''))
}

const PUBLISHED = `PEP: 9999
Title: Adding \`\`python -m foo\`\` to \`\`sys.modules\`\`
Author: Jane Doe <jane@example.com>,
        John Roe <john at example.com>,
BDFL-Delegate: Ann Other <ann@example.org>
Status: Final
Type: Standards Track
Created: 01-Jan-2024
Python-Version: 3.14
Post-History:
Resolution: \`01-Feb-2024 <https://discuss.python.org/t/1>\`__

Abstract
========
`

describe('importPreamble', () => {
  it('reads the headers as the preamble form holds them and finds where the body starts', () => {
    const { preamble, bodyStart, warnings } = importPreamble(PUBLISHED.split('\n'))
    expect(warnings).toEqual([])
    expect(bodyStart).toBe(12)
    expect(preamble).toMatchObject({
      PEP: '9999',
      Title: 'Adding ``python -m foo`` to ``sys.modules``',
      Author: [
        { name: 'Jane Doe', email: 'jane@example.com' },
        { name: 'John Roe', email: 'john at example.com' },
      ],
      'PEP-Delegate': 'Ann Other <ann@example.org>',
      Status: 'Final',
      'Post-History': [],
      Resolution: '`01-Feb-2024 <https://discuss.python.org/t/1>`__',
    })
    // The legacy name is PEP-Delegate's slot (PEP 1), so the form and the checks see the value.
    expect(preamble).not.toHaveProperty('BDFL-Delegate')
  })

  it('reads dated Post-History links wrapped over several lines', () => {
    const { preamble } = importPreamble([
      'PEP: 1',
      'Post-History: `01-Jan-2024 <https://a.example/1>`__,',
      '              `02-Feb-2024 <https://a.example/2>`__, 03-Mar-2024',
      '',
    ])
    expect(preamble['Post-History']).toEqual([
      { date: '01-Jan-2024', url: 'https://a.example/1' },
      { date: '02-Feb-2024', url: 'https://a.example/2' },
      { date: '03-Mar-2024' },
    ])
  })

  it('gives an empty preamble and a warning for a file that does not start with one', () => {
    const { preamble, bodyStart, warnings } = importPreamble(['Abstract', '========'])
    expect(preamble).toEqual({})
    expect(bodyStart).toBe(0)
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['file.preamble.start', 1]])
  })

  it('keeps the first of two headers with the same name and says so', () => {
    const { preamble, warnings } = importPreamble(['PEP: 1', 'Status: Draft', 'Status: Final', ''])
    expect(preamble.Status).toBe('Draft')
    expect(warnings).toEqual([{ code: 'preamble.duplicate', message: 'The header Status is given twice; the first one is kept.', line: 3 }])
  })

  it('does not make the checks report the remembered header lines as a header', () => {
    const { preamble } = importPreamble(headerLines(readFileSync(`${PEPS}pep-0744.rst`, 'utf8')).concat(''))
    const codes = validatePreamble(preamble, { today: new Date('2026-01-01') }).map((p) => p.code)
    expect(codes).not.toContain('preamble.header.unknown')
  })
})

describe('exporting an imported preamble', () => {
  it('gives back every unchanged header exactly as written: markup, wrapping, trailing commas, legacy names, empty values', () => {
    const { preamble } = importPreamble(PUBLISHED.split('\n'))
    expect(exportPreamble(preamble)).toEqual(headerLines(PUBLISHED))
  })

  it('gives back the same lines after a trip through the shared preamble map, which drops empty values', () => {
    const source = `${PUBLISHED.split('\n\n')[0]!.replace('BDFL-Delegate: Ann Other <ann@example.org>', 'BDFL-Delegate:')}\n`
    const ydoc = new Y.Doc()
    writePreamble(ydoc, importPreamble(source.split('\n')).preamble)
    expect(exportPreamble(readPreamble(ydoc))).toEqual(headerLines(source))
  })

  it('writes an edited header afresh in PEP 12 form and leaves the others as written', () => {
    const { preamble } = importPreamble(PUBLISHED.split('\n'))
    const edited: Preamble = { ...preamble, Author: [{ name: 'Jane Doe', email: 'jane@example.com' }], 'Post-History': [{ date: '05-Mar-2024' }] }
    const lines = exportPreamble(edited)
    expect(lines[2]).toBe('Author: Jane Doe <jane@example.com>')
    expect(lines[1]).toBe(headerLines(PUBLISHED)[1])
    expect(lines).toContain('BDFL-Delegate: Ann Other <ann@example.org>')
    expect(lines).toContain('Post-History: 05-Mar-2024')
  })

  it('adds no Post-History the published PEP did not have, while a new draft still gets Pending', () => {
    const { preamble } = importPreamble(['PEP: 1', 'Title: T', 'Author: A B', 'Status: Final', 'Type: Process', 'Created: 01-Jan-2024', ''])
    expect(exportPreamble(preamble)).not.toContain('Post-History: Pending')
    const { written: _written, ...draft } = preamble
    expect(exportPreamble(draft)).toContain('Post-History: Pending')
  })

  it('writes an unchanged BDFL-Delegate under its legacy name, and an edited one as PEP-Delegate', () => {
    const { preamble } = importPreamble(PUBLISHED.split('\n'))
    expect(exportPreamble(preamble).slice(4, 6)).toEqual(['BDFL-Delegate: Ann Other <ann@example.org>', 'Status: Final'])
    const lines = exportPreamble({ ...preamble, 'PEP-Delegate': 'Ann Other' })
    expect(lines.slice(4, 6)).toEqual(['PEP-Delegate: Ann Other', 'Status: Final'])
  })

  it('gives published PEPs with a BDFL-Delegate no unknown-header problem', () => {
    const { preamble } = importPreamble(PUBLISHED.split('\n'))
    const codes = validatePreamble(preamble, { today: new Date('2026-11-22') }).map((p) => p.code)
    expect(codes).not.toContain('preamble.header.unknown')
  })

  it('gives back the preamble of every published PEP line for line', () => {
    const names = readdirSync(PEPS).filter((name) => name.endsWith('.rst'))
    expect(names.length).toBeGreaterThan(700)
    const changed = names.filter((name) => {
      const source = readFileSync(`${PEPS}${name}`, 'utf8')
      const { preamble } = importPreamble(source.split('\n'))
      const expected = headerLines(source).map((line) => line.trimEnd())
      return JSON.stringify(exportPreamble(preamble)) !== JSON.stringify(expected)
    })
    expect(changed).toEqual([])
  })
})
