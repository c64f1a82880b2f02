import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type DocNode, findTemplate, type ImportReportItem, type Preamble, type Template } from '@pepdraft/core'

/** Golden cases: `<case>.md` → `<case>.json` (`{template, doc, preamble, report}`), named after the draft's origin. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url))

/** Goldens are rewritten only when asked (`UPDATE_GOLDENS=1`), never silently; read every one you regenerate. */
export const UPDATE = process.env.UPDATE_GOLDENS === '1'

/** The template each draft is imported into; the others use Standards Track. */
const TEMPLATES: Readonly<Record<string, string>> = {
  'hackmd-front-matter': 'informational',
  'gist-header-lines': 'process',
}

export interface MarkdownGolden {
  template: string
  doc: DocNode
  preamble: Preamble
  report: { items: ImportReportItem[] }
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort()
}

export function readMarkdown(name: string): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.md`), 'utf8')
}

export function goldenPath(name: string): string {
  return join(FIXTURE_DIR, `${name}.json`)
}

export function templateFor(name: string): Template {
  const id = TEMPLATES[name] ?? 'standards-track'
  const template = findTemplate(id)
  if (!template) throw new Error(`No template ${JSON.stringify(id)}`)
  return template
}

/**
 * Headers every check accepts (PEP-RULES.md §1), under the imported ones: docutils' PEP reader
 * refuses a file without a preamble, and a draft may not have one yet.
 */
export const BASE_PREAMBLE: Preamble = {
  PEP: '9999',
  Title: 'Imported Draft',
  Author: [{ name: 'Jane Doe', email: 'jane@example.com' }],
  Status: 'Draft',
  Type: 'Standards Track',
  Created: '01-Jan-2024',
}
