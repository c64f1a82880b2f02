import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, checkedTemplate, importRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { pepSource } from './pep-source.js'

const TODAY = new Date('2026-11-22')
const CORPUS = '/work/shared/fixtures/peps'

function problemsOf(body: string): string[] {
  const { doc, preamble } = importRst(pepSource(body))
  return check(doc, preamble, checkedTemplate(preamble, undefined), { today: TODAY }).problems.map((p) => p.code)
}

describe('the checks read imported documents', () => {
  it('count a footnote referenced only from source kept verbatim as referenced', () => {
    const table = '+-----+-----+\n| see [#note]_ |\n+-----+-----+\n| a   | b   |\n+-----+-----+\n'
    expect(problemsOf(`Abstract\n========\n\n${table}\n.. [#note] The note.\n`)).not.toContain('structure.footnote-unreferenced')
  })

  it('match footnote labels case-insensitively, as docutils does', () => {
    expect(problemsOf('Abstract\n========\n\nText [#Note]_.\n\n.. [#note] The note.\n').filter((code) => code.startsWith('structure.footnote'))).toEqual([])
  })

  it('do not call a section holding only source kept verbatim empty', () => {
    expect(problemsOf('Abstract\n========\n\n.. image:: picture.png\n')).not.toContain('section.empty')
  })

  it('never throw on a published PEP (a sample of 60, spread by number)', () => {
    const files = readdirSync(CORPUS).filter((name) => name.endsWith('.rst')).sort()
    const sample = files.filter((_, i) => i % Math.ceil(files.length / 60) === 0)
    for (const name of sample) {
      const { doc, preamble } = importRst(readFileSync(join(CORPUS, name), 'utf8'))
      expect(() => check(doc, preamble, checkedTemplate(preamble, undefined), { today: TODAY }), name).not.toThrow()
    }
  }, 60_000)
})
