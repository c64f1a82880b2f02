import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import type { ImportState } from '../../../core/src/markdown/context.js'
import { convertNode, rootContext } from '../../../core/src/markdown/convert.js'
import { createReportSink } from '../../../core/src/markdown/report.js'

const MARKDOWN_DIR = fileURLToPath(new URL('../../../core/src/markdown/', import.meta.url))

/** The parsers core/package.json lists for the import; `mdast` is types only. */
const ALLOWED = new Set(['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'yaml', 'mdast'])

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

/** STYLE.md rule 1: core never imports React, DOM globals, `ws` or `node:*`. */
describe('core/src/markdown stays portable', () => {
  for (const file of sources(MARKDOWN_DIR)) {
    it(`${relative(MARKDOWN_DIR, file)} imports only core modules and the Markdown parsers`, () => {
      const text = readFileSync(file, 'utf8')
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1] ?? '')
      expect(specifiers.filter((spec) => !spec.startsWith('.') && !ALLOWED.has(spec))).toEqual([])
      expect(text).not.toMatch(/\b(?:window|navigator|globalThis|process)\.|\bdocument\.(?!js')|\brequire\(/)
    })
  }

  it('keeps files between 30 and 200 lines, index.ts aside (STYLE.md rule 4)', () => {
    const sizes = sources(MARKDOWN_DIR)
      .filter((file) => !file.endsWith('index.ts'))
      .map((file) => [relative(MARKDOWN_DIR, file), readFileSync(file, 'utf8').split('\n').length] as const)
    expect(sizes.filter(([, lines]) => lines < 30 || lines > 200)).toEqual([])
  })
})

describe('the handler table', () => {
  const state: ImportState = {
    source: '',
    report: createReportSink(),
    definitions: new Map(),
    footnotes: [],
    headingShift: 0,
    lines: new WeakMap(),
    once: new Set(),
  }

  it('throws, naming the type, for an mdast node it has no handler for', () => {
    const math = { type: 'math', value: 'x^2' } as unknown as RootContent
    expect(() => convertNode(math, rootContext(state))).toThrow('Cannot import unknown Markdown node `math`')
  })

  it('does not treat inherited object keys as node types', () => {
    const weird = { type: 'constructor' } as unknown as RootContent
    expect(() => convertNode(weird, rootContext(state))).toThrow('`constructor`')
  })
})
