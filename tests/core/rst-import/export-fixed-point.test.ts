import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importRst, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { pepSource } from './pep-source.js'

/** The published corpus, python/peps as of the fixture snapshot (PEP-RULES.md). */
const CORPUS = '/work/shared/fixtures/peps'

/**
 * An author opens `source`, exports it (`exported`), later re-imports that export and exports
 * again (`reexported`): the document and the text must not move.
 */
function twice(source: string) {
  const first = importRst(source)
  const exported = toRst(first.doc, first.preamble).rst
  const second = importRst(exported)
  const reexported = toRst(second.doc, second.preamble).rst
  return { first, exported, second, reexported }
}

function expectFixedPoint(source: string) {
  const trip = twice(source)
  expect(trip.reexported).toBe(trip.exported)
  expect(trip.second.doc).toEqual(trip.first.doc)
  expect(trip.second.preamble).toEqual(trip.first.preamble)
  return trip
}

describe('export∘import is a fixed point on the re-export', () => {
  it('reads an escaped `text\\::` as text, so the `::` paragraph export writes after it still announces the literal block (PEP 473)', () => {
    const { first, exported } = expectFixedPoint(pepSource('Shows the following:::\n\n  a = 1\n'))
    expect(first.doc.content?.map((node) => node.type)).toEqual(['paragraph', 'codeBlock'])
    expect(exported).toContain('Shows the following\\::\n\n::\n\n    a = 1\n')
  })

  it('keeps a `text <uri>`_ link as source when a section title of that name comes back escaped (PEP 737)', () => {
    const { first, exported } = expectFixedPoint(
      pepSource('Intro\n=====\n\nSee `Add type.__name__ attribute <https://example.org/1>`_.\n\nAdd type.__name__ attribute\n===========================\n'),
    )
    expect(exported).toContain('Add type.__name\\__ attribute\n')
    expect(first.doc.content?.[1]?.content?.[1]).toEqual({ type: 'rstInline', attrs: { source: '`Add type.__name__ attribute <https://example.org/1>`_' } })
  })

  it('gives a footnote reference the label of its footnote, which docutils matches case-insensitively (PEP 512)', () => {
    const { first } = expectFixedPoint(pepSource('On GitHub [#github]_.\n\n.. [#GitHub] https://github.com\n'))
    expect(first.doc.content?.[0]?.content?.[1]).toEqual({ type: 'footnoteReference', attrs: { label: 'GitHub' } })
  })

  it('reads the indented block after an empty comment as a block quote, and drops the comment export writes back (PEP 610)', () => {
    const { first, exported } = expectFixedPoint(pepSource('1. one:\n\n  A quote.\n\n2. two\n'))
    expect(first.doc.content?.map((node) => node.type)).toEqual(['orderedList', 'blockquote', 'orderedList'])
    expect(exported).toContain('1. one:\n\n..\n\n    A quote.\n\n2. two\n')
    expect(importRst(pepSource('- one\n\n..\n\n  A quote.\n')).doc.content?.map((node) => node.type)).toEqual(['bulletList', 'blockquote'])
  })

  it('drops the empty comment export writes between two bullet lists (PEP 747)', () => {
    const { first } = expectFixedPoint(pepSource('- one\n\n.. _x: https://example.org/\n\n- two `x`_\n'))
    expect(first.doc.content?.map((node) => node.type)).toEqual(['bulletList', 'bulletList'])
  })

  it('keeps an empty comment export would not write, and says so', () => {
    const { first } = expectFixedPoint(pepSource('One.\n\n..\n\nTwo.\n'))
    expect(first.doc.content?.map((node) => node.type)).toEqual(['paragraph', 'rstBlock', 'paragraph'])
    expect(first.warnings).toContainEqual({ code: 'kept-as-rst', message: 'Comment kept as reStructuredText source.', line: 11 })
  })
})

describe('export∘import over every published PEP', () => {
  const files = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.rst'))
    .sort()

  it('gives back the re-export unchanged, as text and as a document', () => {
    const moved: string[] = []
    for (const name of files) {
      const { first, exported, second, reexported } = twice(readFileSync(join(CORPUS, name), 'utf8'))
      if (reexported !== exported) moved.push(`${name}: text`)
      if (!isEqual(second.doc, first.doc) || !isEqual(second.preamble, first.preamble)) moved.push(`${name}: document`)
    }
    expect(files.length).toBe(736)
    expect(moved).toEqual([])
  }, 180_000)
})

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
