import {
  check,
  type DocNode,
  findTemplate,
  formatPepDate,
  listTemplates,
  type Preamble,
  type Template,
  templateDocument,
} from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { p } from './doc-builders.js'

const TODAY = new Date(Date.UTC(2026, 10, 22))

function seeded(template: Template): { doc: DocNode; preamble: Preamble } {
  return { doc: templateDocument(template), preamble: { ...template.preamble, Created: formatPepDate(TODAY) } }
}

/** Puts a paragraph under the level-1 heading titled `title`. */
function fill(doc: DocNode, title: string): DocNode {
  const content = [...(doc.content ?? [])]
  const at = content.findIndex((n) => n.type === 'heading' && n.content?.[0]?.text === title)
  if (at < 0) throw new Error(`No section ${title}`)
  content.splice(at + 1, 1, p(`What the ${title} section says.`))
  return { ...doc, content }
}

const errorsOf = (doc: DocNode, preamble: Preamble, template: Template): string[] =>
  check(doc, preamble, template, { today: TODAY })
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.code} ${problem.section ?? problem.field ?? ''}`.trim())

describe('check on a freshly seeded Standards Track document', () => {
  const template = findTemplate('standards-track')!

  it('reports exactly the missing PEP, Title and Author and each empty required section', () => {
    const { doc, preamble } = seeded(template)
    const required = template.sections.filter((s) => s.required && !s.body).map((s) => `section.empty ${s.title}`)
    expect(errorsOf(doc, preamble, template)).toEqual([
      'preamble.pep.missing PEP',
      'preamble.title.missing Title',
      'preamble.author.missing Author',
      ...required,
    ])
  })

  it('warns only about the optional sections left empty', () => {
    const { doc, preamble } = seeded(template)
    const warnings = check(doc, preamble, template, { today: TODAY }).problems.filter(
      (problem) => problem.severity === 'warning',
    )
    const optional = template.sections.filter((s) => !s.required).map((s) => s.title)
    expect(warnings.map((w) => [w.code, w.section])).toEqual(optional.map((title) => ['section.empty-optional', title]))
  })

  it('clears the problems one by one as the author fills the draft in, and is ok at the end', () => {
    let { doc, preamble } = seeded(template)
    let remaining = errorsOf(doc, preamble, template)
    const steps: [string, () => void][] = [
      ['preamble.pep.missing PEP', () => (preamble = { ...preamble, PEP: '9999' })],
      ['preamble.title.missing Title', () => (preamble = { ...preamble, Title: 'A Better Widget' })],
      [
        'preamble.author.missing Author',
        () => (preamble = { ...preamble, Author: [{ name: 'Jane Doe', email: 'jane@example.com' }] }),
      ],
      ...template.sections
        .filter((s) => s.required && !s.body)
        .map((s): [string, () => void] => [`section.empty ${s.title}`, () => (doc = fill(doc, s.title))]),
    ]
    for (const [cleared, step] of steps) {
      expect(check(doc, preamble, template, { today: TODAY }).ok).toBe(false)
      step()
      const now = errorsOf(doc, preamble, template)
      expect(now).toEqual(remaining.filter((code) => code !== cleared))
      remaining = now
    }
    expect(remaining).toEqual([])
    expect(check(doc, preamble, template, { today: TODAY }).ok).toBe(true)
  })
})

describe('check on every template', () => {
  it('finds the seeded Copyright wording correct and nothing wrong with the structure', () => {
    for (const template of listTemplates()) {
      const { doc, preamble } = seeded(template)
      const codes = check(doc, preamble, template, { today: TODAY }).problems.map((problem) => problem.code)
      expect(codes.filter((code) => !code.startsWith('preamble.') && !code.startsWith('section.empty'))).toEqual([])
    }
  })
})

describe('check given something that is not a document or template', () => {
  const template = findTemplate('process')!

  it('throws, naming the value', () => {
    expect(() => check({ type: 'paragraph' }, {}, template, { today: TODAY })).toThrow('"paragraph"')
    expect(() => check(null as never, {}, template, { today: TODAY })).toThrow('got null')
    expect(() => check({ type: 'doc' }, {}, {} as Template, { today: TODAY })).toThrow('template')
  })

  it('reports bad user data inside a document as problems instead', () => {
    const report = check({ type: 'doc', content: [{ type: 'image' }] }, {}, template, { today: TODAY })
    expect(report.ok).toBe(false)
    expect(report.problems.map((problem) => problem.code)).toContain('structure.unknown-node')
  })
})
