import { type DocNode, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { toString } from '../../../core/src/rst/to-string.js'
import type { DocumentNode, RstNode } from '../../../core/src/rst/tree.js'

const preamble = { PEP: '9999', Title: 'T', Author: [{ name: 'Jane Doe' }], Status: 'Draft', Type: 'Process', Created: '01-Jan-2024' }

function treeWith(block: { type: string }): DocumentNode {
  return { type: 'document', preamble: { type: 'preamble', fields: [] }, children: [block as unknown as Extract<RstNode, { type: 'paragraph' }>] }
}

describe('unknown node types are programmer errors, named', () => {
  it('throws when the RST tree holds a node type without a handler', () => {
    expect(() => toString(treeWith({ type: 'sidebar' }))).toThrow('Cannot export unknown node `sidebar`')
  })

  it('does not mistake inherited object keys for handlers', () => {
    expect(() => toString(treeWith({ type: 'constructor' }))).toThrow('Cannot export unknown node `constructor`')
  })

  it('throws when the document holds a node type the schema does not have', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'horizontalRule' }] }
    expect(() => toRst(doc, preamble)).toThrow('Cannot export unknown node `horizontalRule`')
  })

  it('throws on an unknown inline node too', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }] }
    expect(() => toRst(doc, preamble)).toThrow('Cannot export unknown node `hardBreak`')
  })
})
