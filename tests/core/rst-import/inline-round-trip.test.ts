import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DocNode, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { documentNames, parseInline } from '../../../core/src/rst-import/inline/index.js'
import { PREAMBLE } from './pep-source.js'

/**
 * Golden round trips of real PEP paragraphs: `<case>.rst` is a paragraph as published (then,
 * after a blank line, the `.. _name: uri` targets and `.. [#label]` footnotes it uses);
 * `<case>.json` is what `parseInline` reads from it, reviewed by reading (UPDATE_GOLDENS=1
 * rewrites it). Exported again, docutils must read the same doctree (cli/src/corpus/doctree.py
 * lists the differences that carry no meaning).
 */
const DIR = fileURLToPath(new URL('../../fixtures/rst-import/inline/', import.meta.url))
const COMPARE = fileURLToPath(new URL('../../../cli/src/corpus/compare_doctrees.py', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDENS === '1'
const PREAMBLE_VALUES = {
  PEP: '9999',
  Title: 'Import Case',
  Author: [{ name: 'Jane Doe', email: 'jane@example.com' }],
  Status: 'Draft',
  Type: 'Informational',
  Created: '01-Jan-2024',
}

interface Case {
  name: string
  source: string
  paragraph: string
  nodes: DocNode[]
  exported: string
}

function readCase(file: string): Case {
  const source = readFileSync(join(DIR, file), 'utf8')
  const [paragraph = '', rest = ''] = source.split(/\n\n/, 2)
  const targets = new Map([...rest.matchAll(/^\.\. _([^:]+): (\S+)$/gm)].map((m) => [(m[1] ?? '').toLowerCase(), m[2] ?? '']))
  const context = { line: 1, warn: () => {}, targets, names: documentNames(source) }
  const nodes = parseInline(paragraph, context)
  const footnotes: DocNode[] = [...rest.matchAll(/^\.\. \[#([^\]]+)\] (.*)$/gm)].map((m) => ({
    type: 'footnote',
    attrs: { label: m[1] },
    content: [{ type: 'paragraph', content: parseInline(m[2] ?? '', context) }],
  }))
  const { rst } = toRst({ type: 'doc', content: [{ type: 'paragraph', content: nodes }, ...footnotes] }, PREAMBLE_VALUES)
  // The targets are block-level source the block importer keeps as it is.
  const kept = rest.split('\n').filter((line) => line.startsWith('.. _')).join('\n')
  return { name: file.replace(/\.rst$/, ''), source, paragraph, nodes, exported: kept ? `${rst}\n${kept}\n` : rst }
}

const cases = readdirSync(DIR)
  .filter((file) => file.endsWith('.rst'))
  .sort()
  .map(readCase)

describe('inline import of real PEP paragraphs matches the goldens', () => {
  for (const golden of cases) {
    it(`${golden.name}.rst reads as ${golden.name}.json`, () => {
      const path = join(DIR, `${golden.name}.json`)
      if (UPDATE) writeFileSync(path, `${JSON.stringify(golden.nodes, null, 2)}\n`)
      expect(existsSync(path), `${golden.name}.json is missing: run UPDATE_GOLDENS=1 and read it`).toBe(true)
      expect(golden.nodes).toEqual(JSON.parse(readFileSync(path, 'utf8')))
    })
  }
})

describe('real PEP paragraphs survive import and export', () => {
  it('gives docutils the same doctree as the published text, for every golden', () => {
    const items = cases.map((golden) => ({ name: golden.name, original: `${PREAMBLE}\n${golden.source}`, exported: golden.exported }))
    const run = spawnSync('python3', [COMPARE], { input: JSON.stringify({ items, diff_lines: 20, cache: null }), encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    const results = JSON.parse(run.stdout) as { name: string; status: string; diff: string[]; messages: string[] }[]
    const failed = results.filter((result) => result.status !== 'identical')
    expect(failed.map((result) => `${result.name}: ${result.status}\n${[...result.diff, ...result.messages].join('\n')}`)).toEqual([])
    expect(results).toHaveLength(cases.length)
  }, 60_000)
})
