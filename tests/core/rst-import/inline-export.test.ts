import { type DocNode, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { parseInline } from '../../../core/src/rst-import/inline/index.js'
import { seededRandom } from '../../helpers/seeded-random.js'

const PREAMBLE = { PEP: '9999', Title: 'Case', Author: [{ name: 'Jane Doe', email: 'jane@example.com' }], Status: 'Draft', Created: '01-Jan-2024' }

/** The body of a one-paragraph export, read back inline. */
function roundTrip(content: DocNode[]): DocNode[] {
  const { rst } = toRst({ type: 'doc', content: [{ type: 'paragraph', content }] }, PREAMBLE)
  const body = rst.slice(rst.indexOf('\n\n') + 2)
  return parseInline(body, { line: 1, warn: () => {} })
}

/** Constructs the schema cannot hold, each valid where it stands in a PEP. */
const VERBATIM = [':ref:`x`', '`title`', '|sub|', '|link|_', '_`target`', '[1]_', '[Cite]_', 'name_', '`two words`_', 'anon__', ':sub:`2`', ':pep:`8#x`']
const RISKY = ['a', 'b', ' ', 'lorem ipsum dolor sit amet, consectetur adipiscing elit ', '*', '**', '_', '__', '`', ':', 'x:', ':y:', '|', '\\', '(', ')', '"', "'", '-', '[', ']', '#', '.', '<', '>']

function sameText(nodes: readonly DocNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? (node.text ?? '') : `\u0000${String(node.attrs?.source)}\u0000`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('rstInline survives export next to any text', () => {
  it('is written verbatim, and glued text is escaped so the source reads back as itself', () => {
    const content: DocNode[] = [
      { type: 'text', text: 'H' },
      { type: 'rstInline', attrs: { source: ':sub:`2`' } },
      { type: 'text', text: 'O and ' },
      { type: 'rstInline', attrs: { source: 'name_' } },
      { type: 'text', text: 's' },
    ]
    expect(roundTrip(content)).toEqual(content)
  })

  it('reads back the same verbatim pieces and the same text for random neighbours', () => {
    const random = seededRandom(7_2026)
    for (let i = 0; i < 1500; i++) {
      const content: DocNode[] = []
      for (let j = random.between(1, 4); j > 0; j--) {
        const text = Array.from({ length: random.between(0, 5) }, () => random.pick(RISKY)).join('')
        if (text.trim() !== '' || (text !== '' && content.length > 0)) content.push({ type: 'text', text })
        content.push({ type: 'rstInline', attrs: { source: random.pick(VERBATIM) } })
      }
      const back = roundTrip(content)
      expect(sameText(back), JSON.stringify(content)).toBe(sameText(content))
    }
  })
})
