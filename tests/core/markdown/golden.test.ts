import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fromMarkdown, pepSchema } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { fixtureNames, goldenPath, type MarkdownGolden, readMarkdown, templateFor, UPDATE } from './fixtures.js'

describe('fromMarkdown matches the golden files', () => {
  const names = fixtureNames()

  it('has at least five realistic drafts', () => {
    expect(names.length).toBeGreaterThanOrEqual(5)
  })

  for (const name of names) {
    it(`${name}.md imports as ${name}.json`, () => {
      const template = templateFor(name)
      const result = fromMarkdown(readMarkdown(name), { template })
      const actual: MarkdownGolden = { template: template.id, ...result }
      pepSchema().nodeFromJSON(result.doc).check()
      const path = goldenPath(name)
      const text = `${JSON.stringify(actual, null, 2)}\n`
      if (UPDATE) {
        writeFileSync(path, text)
        return
      }
      expect(existsSync(path), `${name}.json is missing: run UPDATE_GOLDENS=1 and read the result`).toBe(true)
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')))
    })
  }
})
