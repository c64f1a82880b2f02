import { check, type DocNode, findTemplate, pepExtensions, toRst } from '@pepdraft/core'
import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { withRstSourceViews } from '../../client/src/features/editor/rstSourceNodes.js'

const schema = getSchema(withRstSourceViews(pepExtensions))

/** A section whose text holds a directive and a Sphinx role the schema has no node for. */
const DOC: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Abstract' }] },
    { type: 'rstBlock', content: [{ type: 'text', text: '.. canonical-doc:: :ref:`python:jit`' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'rstInline', attrs: { source: ':ref:`the JIT <jit>`' } },
        { type: 'text', text: '.' },
      ],
    },
    { type: 'rstBlock' },
  ],
}

describe('the editor’s view of RST kept as source', () => {
  it('renders a kept block as a monospace group named "reStructuredText", edited as text like a code block', () => {
    const type = schema.nodes.rstBlock!
    expect(type.spec.code).toBe(true)
    expect(type.whitespace).toBe('pre')
    const block = schema.nodeFromJSON(DOC.content![1]!)
    const [tag, attrs, content] = type.spec.toDOM!(block) as [string, Record<string, string>, unknown]
    expect(tag).toBe('pre')
    expect(attrs).toMatchObject({ role: 'group', 'aria-label': 'reStructuredText', 'data-rst-block': '', class: 'rst-block' })
    expect(content).toEqual(['code', 0])
  })

  it('renders a kept inline as an atom chip showing its source, with a tooltip saying it is kept as reStructuredText', () => {
    const type = schema.nodes.rstInline!
    expect(type.isAtom && type.isInline).toBe(true)
    const inline = type.create({ source: ':ref:`the JIT <jit>`' })
    const [tag, attrs, text] = type.spec.toDOM!(inline) as [string, Record<string, string>, string]
    expect(tag).toBe('code')
    expect(text).toBe(':ref:`the JIT <jit>`')
    expect(attrs.title).toMatch(/^Kept as reStructuredText/)
    expect(attrs).toMatchObject({ class: 'rst-inline', 'data-rst-inline': ':ref:`the JIT <jit>`' })
  })

  it('keeps the schema the server uses: the same nodes, content and attributes', () => {
    const server = getSchema(pepExtensions)
    expect(Object.keys(schema.nodes)).toEqual(Object.keys(server.nodes))
    for (const name of ['rstBlock', 'rstInline'] as const) {
      expect(schema.nodes[name]!.spec.content).toBe(server.nodes[name]!.spec.content)
      expect(Object.keys(schema.nodes[name]!.spec.attrs ?? {})).toEqual(Object.keys(server.nodes[name]!.spec.attrs ?? {}))
    }
    expect(schema.nodeFromJSON(DOC).toJSON()).toEqual(server.nodeFromJSON(DOC).toJSON())
  })

  it('lets the live checks and the RST preview run on a document holding kept RST', () => {
    const report = check(DOC, { PEP: '9999', Title: 'Kept RST' }, findTemplate('informational')!, { today: new Date('2026-01-01') })
    expect(report.problems.filter((p) => p.code.startsWith('structure.unknown'))).toEqual([])
    const { rst } = toRst(DOC, { PEP: '9999', Title: 'Kept RST' })
    expect(rst).toContain('.. canonical-doc:: :ref:`python:jit`')
    expect(rst).toContain('See :ref:`the JIT <jit>`.')
  })
})
