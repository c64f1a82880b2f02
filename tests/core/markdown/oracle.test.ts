import { fromMarkdown, toRst } from '@pepdraft/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkWithDocutils, describeProblems, type DocutilsResult, type RstFile } from '../../helpers/docutils.js'
import { BASE_PREAMBLE, fixtureNames, readMarkdown, templateFor } from './fixtures.js'

/**
 * The oracle: each imported draft, exported with `toRst`, parses in real docutils with the PEP
 * reader and warnings fatal (`--halt=warning`). One python process for the whole batch.
 */
describe('every imported draft exports to reStructuredText docutils accepts', () => {
  const files: RstFile[] = fixtureNames().map((name) => {
    const { doc, preamble } = fromMarkdown(readMarkdown(name), { template: templateFor(name) })
    return { name: `${name}.rst`, rst: toRst(doc, { ...BASE_PREAMBLE, ...preamble }).rst }
  })
  let results: DocutilsResult[] = []
  beforeAll(() => {
    results = checkWithDocutils(files)
  })

  for (const [i, file] of files.entries()) {
    it(`${file.name} parses without a warning`, () => {
      const result = results[i]
      expect(result?.name).toBe(file.name)
      if (result) expect(result.error === null && result.messages.length === 0, describeProblems(result)).toBe(true)
    })
  }
})
