import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const RST_DIR = fileURLToPath(new URL('../../../core/src/rst/', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

/** STYLE.md rule 1: core never imports React, DOM globals, `ws` or `node:*`. */
describe('core/src/rst stays portable', () => {
  for (const file of sources(RST_DIR)) {
    it(`${relative(RST_DIR, file)} imports only core modules`, () => {
      const text = readFileSync(file, 'utf8')
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1])
      expect(specifiers.filter((spec) => !spec?.startsWith('.'))).toEqual([])
      expect(text).not.toMatch(/\b(?:window|navigator|globalThis|process)\.|\bdocument\.(?!js')|\brequire\(/)
    })
  }
})
