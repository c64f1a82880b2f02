import { checkSections, documentSections, findTemplate } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { COPYRIGHT, bullets, doc, h, note, p, section } from './doc-builders.js'

const process = findTemplate('process')!
const standards = findTemplate('standards-track')!
const codes = (d: ReturnType<typeof doc>, template = process) =>
  checkSections(d, template).map((problem) => problem.code)

/** Every section the Process template requires, in order, with text. */
const complete = () => [
  ...section('Abstract'),
  ...section('Motivation'),
  ...section('Specification'),
  ...section('Copyright', COPYRIGHT),
]

describe('documentSections', () => {
  it('splits at level-1 headings and keeps subsections inside their section', () => {
    const sections = documentSections(
      doc(note(p('Preface')), h(1, 'Abstract'), p('a'), h(2, 'Detail'), p('b'), h(1, 'Copyright'), p(COPYRIGHT)),
    )
    expect(sections.map((s) => [s.title, s.index, s.body.length])).toEqual([
      ['Abstract', 1, 3],
      ['Copyright', 5, 1],
    ])
  })
})

describe('checkSections', () => {
  it('reports nothing when every required section is present, filled and in order', () => {
    expect(checkSections(doc(...complete()), process)).toEqual([])
  })

  it('reports a missing required section by its template title', () => {
    const problems = checkSections(
      doc(...section('Abstract'), ...section('Specification'), ...section('Copyright', COPYRIGHT)),
      process,
    )
    expect(problems).toEqual([
      expect.objectContaining({ code: 'section.missing', severity: 'error', section: 'Motivation' }),
    ])
  })

  it('matches titles case-insensitively and through the aliases', () => {
    const d = doc(
      ...section('ABSTRACT'),
      ...section('motivation'),
      ...section('Specification'),
      ...section('Backward Compatibility'),
      ...section('Acknowledgments'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(codes(d, standards).filter((c) => c === 'section.missing')).toHaveLength(7)
    expect(checkSections(d, standards).map((problem) => problem.section)).not.toContain('Backwards Compatibility')
    expect(codes(d)).toEqual([])
  })

  it('reports a required section with only whitespace or only subheadings as empty, pointing at its heading', () => {
    const d = doc(
      ...section('Abstract'),
      h(1, 'Motivation'),
      p('   '),
      h(2, 'Details'),
      ...section('Specification'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(checkSections(d, process)).toEqual([
      expect.objectContaining({ code: 'section.empty', section: 'Motivation', path: [2] }),
    ])
  })

  it('counts lists, notes and code as content', () => {
    const d = doc(
      ...section('Abstract'),
      h(1, 'Motivation'),
      bullets([p('one reason')]),
      ...section('Specification'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(codes(d)).toEqual([])
  })

  it('warns, without an error, about an empty optional section', () => {
    const d = doc(
      ...section('Abstract'),
      ...section('Motivation'),
      ...section('Specification'),
      h(1, 'Rejected Ideas'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(checkSections(d, process)).toEqual([
      expect.objectContaining({ code: 'section.empty-optional', severity: 'warning', section: 'Rejected Ideas' }),
    ])
  })

  it('requires Abstract first', () => {
    const d = doc(
      ...section('Motivation'),
      ...section('Abstract'),
      ...section('Specification'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(codes(d)).toEqual(['section.abstract-first'])
  })

  it('requires Copyright last', () => {
    const d = doc(
      ...section('Abstract'),
      ...section('Motivation'),
      ...section('Copyright', COPYRIGHT),
      ...section('Specification'),
    )
    expect(codes(d)).toEqual(['section.copyright-last'])
  })

  it('allows content before the Abstract heading, as PEP 779 has a note there', () => {
    expect(codes(doc(note(p('The Steering Council accepts this PEP.')), ...complete()))).toEqual([])
  })

  it('accepts the Copyright wording whatever its line breaks and spacing', () => {
    const d = doc(
      ...complete().slice(0, -2),
      h(1, 'Copyright'),
      p(
        'This document is placed in the public domain or under the\nCC0-1.0-Universal license,   whichever is more permissive.',
      ),
    )
    expect(codes(d)).toEqual([])
  })

  it('rejects any other Copyright wording and quotes the exact one', () => {
    const d = doc(...complete().slice(0, -2), ...section('Copyright', 'Copyright 2026 Jane Doe. All rights reserved.'))
    const problems = checkSections(d, process)
    expect(problems.map((problem) => problem.code)).toEqual(['section.copyright-wording'])
    expect(problems[0]!.message).toContain(COPYRIGHT)
  })

  it('warns, never errs, when sections are out of template order, naming the fewest sections to move', () => {
    const d = doc(
      ...section('Abstract'),
      ...section('Specification'),
      ...section('Motivation'),
      ...section('Copyright', COPYRIGHT),
    )
    const problems = checkSections(d, process)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'section.order', severity: 'warning' })
    expect(problems[0]!.message).toMatch(/out of the template's order/)
  })

  it('does not warn about sections the template does not know', () => {
    const d = doc(
      ...section('Abstract'),
      ...section('Terminology'),
      ...section('Motivation'),
      ...section('Specification'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(codes(d)).toEqual([])
  })

  it('warns about a section that appears twice', () => {
    const d = doc(
      ...section('Abstract'),
      ...section('Motivation'),
      ...section('Motivation'),
      ...section('Specification'),
      ...section('Copyright', COPYRIGHT),
    )
    expect(checkSections(d, process)).toEqual([
      expect.objectContaining({ code: 'section.duplicate', severity: 'warning', path: [4] }),
    ])
  })

  it('gives one order warning, and no error, for a Standards Track PEP with Rationale before Specification', () => {
    const titles = standards.sections.filter((s) => s.required).map((s) => s.title)
    const swapped = ['Abstract', 'Motivation', 'Rationale', 'Specification', ...titles.slice(4)]
    const problems = checkSections(
      doc(...swapped.flatMap((t) => section(t, t === 'Copyright' ? COPYRIGHT : undefined))),
      standards,
    )
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([['section.order', 'warning']])
  })
})
