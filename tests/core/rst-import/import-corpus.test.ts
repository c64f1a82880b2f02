import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importRst, pepSchema } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'

/** The published corpus, python/peps as of the fixture snapshot (PEP-RULES.md). */
const CORPUS = '/work/shared/fixtures/peps'

const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.rst'))
  .sort()

describe('importRst over every published PEP', () => {
  it('reads all of them without a throw, without falling back to the whole body, into documents the schema accepts', () => {
    const failures: string[] = []
    for (const name of files) {
      try {
        const { doc, warnings } = importRst(readFileSync(join(CORPUS, name), 'utf8'))
        const failed = warnings.find((warning) => warning.code === 'import-failed')
        if (failed) failures.push(`${name}: ${failed.message}`)
        pepSchema().nodeFromJSON(doc).check()
      } catch (error) {
        failures.push(`${name}: ${String(error)}`)
      }
    }
    expect(files.length).toBe(736)
    expect(failures).toEqual([])
  }, 120_000)

  it('reads the same file to the same document every time', () => {
    const source = readFileSync(join(CORPUS, 'pep-0008.rst'), 'utf8')
    expect(importRst(source)).toEqual(importRst(source))
  })
})
