import { fromMarkdown } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { fixtureNames, readMarkdown, templateFor } from './fixtures.js'
import { documentText, droppedText, markdownText, missingWords, preambleText } from './words.js'

/** Every word of the Markdown's text is in the document, the preamble, or the report's list of what was left out. */
function lostWords(markdown: string, name: string): string[] {
  const { doc, preamble, report } = fromMarkdown(markdown, { template: templateFor(name) })
  const kept = [documentText(doc), preambleText(preamble), droppedText(report.items)].join('\n')
  return missingWords(markdownText(markdown), kept)
}

describe('no word disappears silently', () => {
  for (const name of fixtureNames()) {
    it(`${name}.md keeps every word or reports it`, () => {
      expect(lostWords(readMarkdown(name), name)).toEqual([])
    })
  }

  it('notices a word that is lost (the comparison is not vacuous)', () => {
    expect(missingWords('alpha beta beta', 'alpha beta')).toEqual(['beta'])
    expect(missingWords('naïve 日本語', 'naïve')).toEqual(['日本語'])
  })

  it('counts header keys and values that were left out as reported', () => {
    const markdown = 'PEP: 9999\nTitle: Kept\nVersion: 1.0\n\n# Abstract\n\nBody.\n'
    const { report } = fromMarkdown(markdown, { template: templateFor('any') })
    expect(report.items.find((item) => item.code === 'header-unknown')?.dropped).toBe('Version: 1.0')
    expect(lostWords(markdown, 'any')).toEqual([])
  })
})

export { lostWords }
