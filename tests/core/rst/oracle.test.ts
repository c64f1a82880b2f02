import { readFileSync } from 'node:fs'
import { type DocNode, listTemplates, templateDocument, toRst } from '@pepdraft/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { CODE_LANGUAGES } from '../../../core/src/rst/code-languages.js'
import { checkWithDocutils, describeProblems, type DocutilsResult, type RstFile } from '../../helpers/docutils.js'
import { goldenNames, goldenRstPath } from './goldens.js'

/** A preamble every check accepts (PEP-RULES.md §1), for exporting the templates. */
const VALID_PREAMBLE = {
  PEP: '9999',
  Title: 'Template Export',
  Author: [{ name: 'Jane Doe', email: 'jane@example.com' }],
  Status: 'Draft',
  Created: '01-Jan-2024',
}

function languagesDocument(): DocNode {
  const content = CODE_LANGUAGES.map((language) => ({
    type: 'codeBlock',
    attrs: { language },
    content: [{ type: 'text', text: 'x = 1' }],
  }))
  return { type: 'doc', content }
}

/**
 * The oracle: real docutils with the PEP reader, warnings fatal (`--halt=warning`), over every
 * golden, every template export and a code block in every language we write. One python process.
 */
describe('docutils reads every export without a warning', () => {
  const files: RstFile[] = []
  for (const name of goldenNames()) files.push({ name: `${name}.rst`, rst: readFileSync(goldenRstPath(name), 'utf8') })
  for (const template of listTemplates()) {
    const preamble = { ...template.preamble, ...VALID_PREAMBLE }
    files.push({ name: `template-${template.id}.rst`, rst: toRst(templateDocument(template), preamble).rst })
  }
  files.push({ name: 'code-languages.rst', rst: toRst(languagesDocument(), VALID_PREAMBLE).rst })

  let results: DocutilsResult[] = []
  let elapsed = 0
  beforeAll(() => {
    const start = performance.now()
    results = checkWithDocutils(files)
    elapsed = performance.now() - start
    console.info(`docutils oracle: ${files.length} files in ${Math.round(elapsed)} ms`)
  })

  for (const [i, file] of files.entries()) {
    it(`${file.name} parses with the PEP reader`, () => {
      const result = results[i]
      expect(result?.name).toBe(file.name)
      if (!result) return
      expect(result.error === null && result.messages.length === 0, describeProblems(result)).toBe(true)
    })
  }

  it('checks the whole batch in one process, quickly', () => {
    expect(elapsed).toBeLessThan(20_000)
  })
})
