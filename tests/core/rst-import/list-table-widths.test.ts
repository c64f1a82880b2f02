import { type DocNode, importRst, pepExtensions, pepSchema, readContent, toRst, writeContent } from '@pepdraft/core'
import { Editor } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { pepSource } from './pep-source.js'

const WIDTHS = '.. list-table::\n   :widths: 25 75\n\n   * - a\n     - b\n   * - c\n     - d\n'

/** The imported document, after the schema has checked it. */
function imported(rst: string): DocNode {
  const { doc } = importRst(pepSource(rst))
  pepSchema().nodeFromJSON(doc).check()
  return doc
}

function table(doc: DocNode): DocNode {
  const found = doc.content?.find((node) => node.type === 'table')
  if (!found) throw new Error(`No table in ${JSON.stringify(doc)}`)
  return found
}

const cellTypes = (node: DocNode) => (node.content ?? []).map((row) => (row.content ?? []).map((cell) => cell.type))

function exported(doc: DocNode) {
  return toRst(doc, importRst(pepSource('')).preamble)
}

describe('a list-table’s `:widths:` kept as the table’s `widths` attribute', () => {
  it('imports `:widths: 25 75` as widths [25, 75], and commas as docutils reads them', () => {
    expect(table(imported(WIDTHS)).attrs).toEqual({ widths: [25, 75] })
    expect(table(imported('.. list-table::\n   :widths: 20, 30,50\n\n   * - a\n     - b\n     - c\n')).attrs).toEqual({ widths: [20, 30, 50] })
  })

  it('imports `:widths: auto` as "auto", and a table without widths with no attribute', () => {
    expect(table(imported('.. list-table::\n   :widths: auto\n\n   * - a\n     - b\n')).attrs).toEqual({ widths: 'auto' })
    expect(table(imported('.. list-table::\n\n   * - a\n     - b\n')).attrs).toBeUndefined()
  })

  it('imports `:stub-columns: 1` as a header cell at the start of every row', () => {
    const doc = imported('.. list-table::\n   :widths: 15 85\n   :stub-columns: 1\n\n   * - a\n     - b\n   * - c\n     - d\n')
    expect(cellTypes(table(doc))).toEqual([
      ['tableHeader', 'tableCell'],
      ['tableHeader', 'tableCell'],
    ])
  })

  it('exports the widths back as `:widths: 25 75`', () => {
    const { rst, warnings } = exported(imported(WIDTHS))
    expect(rst).toContain('\n.. list-table::\n    :widths: 25 75\n\n    * - a\n')
    expect(warnings).toEqual([])
  })

  it('writes no widths, with a warning, once a column was added in the editor', () => {
    const editor = new Editor({ extensions: pepExtensions, content: imported(WIDTHS) })
    let cell = 0
    editor.state.doc.descendants((node, pos) => {
      if (cell === 0 && node.type.name === 'tableCell') cell = pos
    })
    editor.commands.setTextSelection(cell + 2)
    expect(editor.commands.addColumnAfter()).toBe(true)
    const doc = editor.getJSON() as DocNode
    expect(table(doc).attrs?.widths).toEqual([25, 75])
    const { rst, warnings } = exported(doc)
    expect(rst).toContain('\n.. list-table::\n\n    * - a\n      -\n      - b\n')
    expect(warnings).toEqual([
      { code: 'table-widths-dropped', message: "The table's column widths were given for 2 columns (25 75) and it has 3; no widths were written.", path: 'content.0' },
    ])
    editor.destroy()
  })

  it('drops widths no importer writes, with a warning, rather than failing the export', () => {
    const doc = imported(WIDTHS)
    const broken = { ...doc, content: [{ ...table(doc), attrs: { widths: [0, 'x'] } }] }
    pepSchema().nodeFromJSON(broken).check()
    const { rst, warnings } = exported(broken)
    expect(rst).not.toContain(':widths:')
    expect(warnings.map((warning) => warning.code)).toEqual(['table-widths-dropped'])
  })
})

describe('the widths attribute in the editor and the Y.Doc', () => {
  it('survives the editor, unchanged by loading', () => {
    const doc = imported(WIDTHS)
    const editor = new Editor({ extensions: pepExtensions, content: doc })
    expect(editor.getJSON()).toEqual(pepSchema().nodeFromJSON(doc).toJSON())
    expect(table(editor.getJSON() as DocNode).attrs).toMatchObject({ widths: [25, 75] })
    editor.destroy()
  })

  it('survives a Y.Doc, so every collaborator exports it', () => {
    const ydoc = new Y.Doc()
    writeContent(ydoc, imported(WIDTHS))
    expect(table(readContent(ydoc)).attrs).toMatchObject({ widths: [25, 75] })
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc))
    expect(exported(readContent(copy)).rst).toContain(':widths: 25 75')
  })

  it('is written to and read from the `data-widths` attribute of the table element', () => {
    const type = pepSchema().nodes.table!
    const [, attrs] = type.spec.toDOM!(type.createAndFill({ widths: [25, 75] })!) as [string, Record<string, string>]
    expect(attrs['data-widths']).toBe('25 75')
    const rule = type.spec.parseDOM!.find((candidate) => candidate.tag === 'table')!
    const parse = (value: string | null) => {
      const element = { getAttribute: (name: string) => (name === 'data-widths' ? value : null) } as unknown as HTMLElement
      return (rule.getAttrs as (element: HTMLElement) => Record<string, unknown>)(element)
    }
    expect(parse('25 75')).toEqual({ widths: [25, 75] })
    expect(parse('auto')).toEqual({ widths: 'auto' })
    // Tiptap leaves out an attribute parsed as null: the default (null) applies.
    expect(parse(null)).toEqual({})
    expect(parse('wide')).toEqual({})
  })
})
