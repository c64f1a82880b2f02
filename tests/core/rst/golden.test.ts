import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import type { RstNodeType } from '../../../core/src/rst/tree.js'
import { UNSAFE } from '../../../core/src/rst/unsafe.js'
import { goldenNames, goldenRstPath, readGolden } from './goldens.js'

/** Goldens are rewritten only when asked, never silently; read every one you regenerate. */
const UPDATE = process.env.UPDATE_GOLDENS === '1'

/** The golden that shows each handler at work; a new node type cannot compile without one. */
const HANDLER_GOLDENS: { [K in RstNodeType]: string } = {
  document: 'document-paragraph-before-first-heading',
  preamble: 'preamble-all-fields',
  heading: 'heading-levels',
  paragraph: 'paragraph-wrap',
  bulletList: 'list-bullet',
  orderedList: 'list-ordered-start',
  blockQuote: 'block-quote',
  codeBlock: 'code-block-python',
  table: 'table-header-row',
  admonition: 'admonition-note-warning',
  footnote: 'footnote-references',
  rstBlock: 'rst-block-verbatim',
  text: 'inline-text-unicode',
  emphasis: 'inline-emphasis',
  strong: 'inline-strong',
  literal: 'inline-literal',
  link: 'link-anonymous',
  role: 'link-pep-role',
  footnoteReference: 'footnote-references',
  rstInline: 'inline-rst-verbatim',
}

describe('toRst matches the golden files', () => {
  for (const name of goldenNames()) {
    it(`${name}.json exports as ${name}.rst`, () => {
      const golden = readGolden(name)
      const { rst, warnings } = toRst(golden.doc, golden.preamble)
      expect(warnings.map((warning) => warning.code)).toEqual(golden.warnings ?? [])
      // PEP-RULES.md §3: LF, no tabs, no trailing whitespace, exactly one final newline.
      expect(rst.startsWith('PEP: ')).toBe(true)
      expect(rst).not.toMatch(/[\t\r]|[ \u00a0]$/mu)
      expect(rst.endsWith('\n') && !rst.endsWith('\n\n')).toBe(true)
      const path = goldenRstPath(name)
      if (UPDATE) {
        writeFileSync(path, rst)
        return
      }
      expect(existsSync(path), `${name}.rst is missing: run UPDATE_GOLDENS=1 and read the result`).toBe(true)
      expect(rst).toBe(readFileSync(path, 'utf8'))
    })
  }
})

describe('the goldens cover the exporter', () => {
  const names = new Set(goldenNames())

  it('has one golden per escaping row, named escape-<row>', () => {
    const missing = UNSAFE.map((row) => `escape-${row.id}`).filter((name) => !names.has(name))
    expect(missing).toEqual([])
  })

  it('has a golden for every handler', () => {
    const missing = Object.values(HANDLER_GOLDENS).filter((name) => !names.has(name))
    expect(missing).toEqual([])
  })

  it('has no escape golden without its row', () => {
    const rows = new Set(UNSAFE.map((row) => `escape-${row.id}`))
    expect([...names].filter((name) => name.startsWith('escape-') && !rows.has(name))).toEqual([])
  })
})
