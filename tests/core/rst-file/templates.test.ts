import { checkRstFile, type DocNode, listTemplates, type Preamble, templateDocument, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { TODAY } from './valid-pep.js'

/** A preamble every check accepts (PEP-RULES §1). */
const VALID_PREAMBLE: Preamble = {
  PEP: '9999',
  Title: 'Template Export',
  Author: [
    { name: 'Jane Doe', email: 'jane@example.com' },
    { name: 'Michał Górny', email: 'mgorny@example.com' },
    { name: 'Charles Babbage' },
    { name: 'Ada Lovelace', email: 'ada@example.com' },
    { name: 'Mary Somerville', email: 'mary@example.com' },
  ],
  Created: '01-Jan-2024',
  'Post-History': [{ date: '01-Feb-2024', url: 'https://discuss.python.org/t/pep-9999-template-export/12345' }],
}

/** Each empty paragraph of the template filled with text, code, a link and a PEP reference. */
function filled(doc: DocNode): DocNode {
  const content = (doc.content ?? []).map((node): DocNode =>
    node.type === 'paragraph' && !node.content
      ? {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Use ' },
            { type: 'text', text: 'len(x)', marks: [{ type: 'code' }] },
            { type: 'text', text: ', see ' },
            { type: 'text', text: 'PEP 8', marks: [{ type: 'link', attrs: { href: 'https://peps.python.org/pep-0008/' } }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'the docs', marks: [{ type: 'link', attrs: { href: 'https://docs.python.org/3/' } }] },
            { type: 'text', text: ' with `backticks`, trailing_ underscores and *stars*.' },
          ],
        }
      : node,
  )
  return { ...doc, content }
}

describe('a file exported by toRst passes checkRstFile', () => {
  for (const template of listTemplates()) {
    const preamble = { ...template.preamble, ...VALID_PREAMBLE }

    it(`the ${template.id} template, as created, has no problem`, () => {
      const { rst } = toRst(templateDocument(template), preamble)
      expect(checkRstFile(rst, { today: TODAY })).toEqual([])
    })

    it(`the ${template.id} template, filled with text, links and literals, has no problem`, () => {
      const { rst } = toRst(filled(templateDocument(template)), preamble)
      expect(rst).toContain(':pep:`8`')
      expect(checkRstFile(rst, { today: TODAY })).toEqual([])
    })
  }
})
