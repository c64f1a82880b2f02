import { findTemplate, type Template } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { codes, importMarkdown, sectionBody, sectionTitles } from './import.js'

const informational = findTemplate('informational') as Template

describe('headings become sections in the template’s structure', () => {
  it('treats a single leading # as the Title and moves the ## sections up to level 1', () => {
    const result = importMarkdown('# PEP 9999: Better Imports\n\n## Abstract\n\nShort.\n\n### Detail\n\nMore.', 'informational')
    expect(result.preamble.Title).toBe('Better Imports')
    expect(result.preamble.PEP).toBe('9999')
    expect(sectionBody(result.doc, 'Abstract')[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Detail' }] })
    expect(codes(result)).toEqual(['title-from-heading'])
  })

  it('does not take a # heading that names a template section for the Title', () => {
    const result = importMarkdown('# Abstract\n\nShort.\n\n## Detail', 'informational')
    expect(result.preamble.Title).toBeUndefined()
    expect(sectionTitles(result.doc)[0]).toBe('Abstract')
  })

  it('keeps several # headings as level-1 sections', () => {
    const result = importMarkdown('# Abstract\n\nA.\n\n# Motivation\n\nB.', 'informational')
    expect(result.preamble.Title).toBeUndefined()
    expect(sectionTitles(result.doc)).toEqual(informational.sections.map((s) => s.title))
  })

  it('uses ## as level 1 when a draft has no # at all (a Discourse post)', () => {
    const result = importMarkdown('## Abstract\n\nA.\n\n### Part\n\nB.', 'informational')
    expect(sectionBody(result.doc, 'Abstract')[1]?.attrs).toEqual({ level: 2 })
  })

  it('keeps headings deeper than three levels at level 3 and reports them', () => {
    const result = importMarkdown('# Abstract\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six', 'informational')
    const levels = sectionBody(result.doc, 'Abstract').map((node) => node.attrs?.level)
    expect(levels).toEqual([2, 3, 3, 3])
    expect(codes(result)).toEqual(['heading-too-deep', 'heading-too-deep'])
  })

  it('matches titles case-insensitively, by alias, ignoring numbering and a trailing colon', () => {
    const result = importMarkdown('# 1. ABSTRACT:\n\nA.\n\n# 2) Rejected alternatives\n\nB.\n\n# IV. References\n\nC.', 'informational')
    expect(sectionTitles(result.doc)).toEqual(['ABSTRACT', 'Motivation', 'Rationale', 'Rejected alternatives', 'References', 'Copyright'])
    expect(result.report.items.map((item) => item.dropped)).toEqual(['1. :', '2)', 'IV.'])
  })

  it('puts matched sections in template order, each followed by the unmatched sections after it', () => {
    const markdown = '# Notes\n\nN.\n\n# Rationale\n\nR.\n\n# Design\n\nD.\n\n# Abstract\n\nA.'
    const result = importMarkdown(markdown, 'informational')
    expect(sectionTitles(result.doc)).toEqual(['Notes', 'Abstract', 'Motivation', 'Rationale', 'Design', 'Rejected Ideas', 'Footnotes', 'Copyright'])
    expect(codes(result)).toEqual(['section-reordered'])
    expect(result.report.items[0]?.line).toBe(13)
  })

  it('adds the template sections the draft lacks, empty, with Copyright’s fixed wording', () => {
    const result = importMarkdown('# Abstract\n\nA.', 'informational')
    expect(sectionBody(result.doc, 'Motivation')).toEqual([{ type: 'paragraph' }])
    expect(sectionBody(result.doc, 'Copyright')[0]?.content?.[0]?.text).toMatch(/^This document is placed in the public domain/)
    expect(codes(result)).toEqual([])
  })

  it('fills an empty Copyright section with the fixed wording, reported', () => {
    const result = importMarkdown('# Abstract\n\nA.\n\n# Copyright\n', 'informational')
    expect(sectionBody(result.doc, 'Copyright')[0]?.content?.[0]?.text).toMatch(/CC0-1.0-Universal/)
    expect(codes(result)).toEqual(['section-body-from-template'])
  })

  it('keeps another Copyright wording as written', () => {
    const result = importMarkdown('# Abstract\n\nA.\n\n# Copyright\n\nAll rights reserved.', 'informational')
    expect(sectionBody(result.doc, 'Copyright')).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'All rights reserved.' }] }])
  })

  it('makes the text before the first heading the Abstract when there is none', () => {
    const result = importMarkdown('An intro.\n\n# Motivation\n\nWhy.', 'informational')
    expect(sectionBody(result.doc, 'Abstract')).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'An intro.' }] }])
    expect(result.report.items).toEqual([expect.objectContaining({ code: 'preface-to-abstract', line: 1 })])
  })

  it('keeps the text before the first heading in place when the draft has an Abstract', () => {
    const result = importMarkdown('Hi all!\n\n# Abstract\n\nA.', 'informational')
    expect(result.doc.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Hi all!' }] })
  })

  it('imports an empty draft as the bare template', () => {
    const result = importMarkdown('', 'informational')
    expect(sectionTitles(result.doc)).toEqual(informational.sections.map((s) => s.title))
    expect(result.preamble).toEqual(informational.preamble)
  })
})
