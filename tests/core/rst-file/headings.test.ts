import { describe, expect, it } from 'vitest'
import { codesOf, problemsOf, VALID_PEP } from './valid-pep.js'

/** VALID_PEP with `section` (a heading and its text) added before Copyright. */
function withSection(section: string): string {
  return VALID_PEP.replace('Copyright\n=========', `${section}\n\n\nCopyright\n=========`)
}

/** The line `text` is on in `file`. */
function lineOf(file: string, text: string): number {
  return file.split('\n').indexOf(text) + 1
}

describe('checkRstFile section titles (PEP-RULES §3, PEP 12)', () => {
  it('accepts underlines as long as the title, and three levels adorned =, - and \'', () => {
    expect(codesOf(withSection('Rationale\n=========\n\nWhy\n----\n\nText.\n\nDetail\n\'\'\'\'\'\'\n\nText.'))).toEqual([])
  })

  it('rejects an underline shorter than the title', () => {
    const file = withSection('Rejected Ideas\n============\n\nText.')
    expect(codesOf(file)).toEqual([`file.heading.underline-short@${lineOf(file, '============')}`])
  })

  it('counts wide characters as two columns, as docutils does', () => {
    const short = withSection('日本語の節\n=========\n\nText.')
    expect(codesOf(short)).toEqual([`file.heading.underline-short@${lineOf(short, '=========')}`])
    expect(problemsOf(short)[0]!.message).toContain('10 columns')
    expect(codesOf(withSection('日本語の節\n==========\n\nText.'))).toEqual([])
    // Combining accents add nothing: "Café" written with U+0301 is 4 columns.
    expect(codesOf(withSection('Cafe\u0301\n====\n\nText.'))).toEqual([])
  })

  it('warns when an underline is shorter than 4 (PEP 12), and says docutils reads a very short one as text', () => {
    const tiny = withSection('API\n===\n\nText.')
    expect(codesOf(tiny)).toEqual([`file.heading.underline-min@${lineOf(tiny, '===')}`])
    const text = withSection('Usage\n==\n\nText.')
    expect(codesOf(text)).toEqual([`file.heading.not-a-title@${lineOf(text, '==')}`])
  })

  it('checks the overline of an over-and-underlined title', () => {
    const file = withSection('==========\nRationale\n=========\n\nText.')
    expect(codesOf(file).map((c) => c.split('@')[0])).toEqual(['file.heading.overline', 'file.heading.adornment'])
    const short = withSection('=====\nRationale\n=====\n\nText.')
    expect(codesOf(short)).toContain(`file.heading.underline-short@${lineOf(short, 'Rationale') - 1}`)
  })

  it('warns, once per level, about adornments other than PEP 12\'s', () => {
    const file = withSection('Rationale\n=========\n\nOne\n~~~\n\nText.\n\nTwo\n~~~\n\nText.')
    expect(codesOf(file).filter((c) => !c.startsWith('file.heading.underline-min'))).toEqual([
      `file.heading.adornment@${lineOf(file, 'One')}`,
    ])
    const deep = withSection("A\n=\n\nB\n-\n\nC\n'\n\nD\n^\n\nText.")
    expect(problemsOf(deep).find((p) => p.code === 'file.heading.adornment')?.message).toContain('level 4')
  })

  it('rejects a title style docutils cannot nest ("Title level inconsistent")', () => {
    // = is level 1 and - level 2; back at level 1, a new style ~ cannot be level 3.
    const file = withSection('Sub\n----\n\nText.\n\n\nOther\n=====\n\nText.\n\n\nDeep\n~~~~\n\nText.')
    expect(codesOf(file)).toEqual([`file.heading.level-inconsistent@${lineOf(file, 'Deep')}`])
  })

  it('reads a title right after another title\'s underline, and ignores adornment-like lines in literal blocks', () => {
    const file = withSection('Hooks\n=====\nMandatory\n---------\n\nCode::\n\n    Title\n    ==\n\nText.')
    expect(codesOf(file)).toEqual([])
    const broken = withSection('Hooks\n=====\nMandatory\n-------\n\nText.')
    expect(codesOf(broken)).toEqual([`file.heading.underline-short@${lineOf(broken, '-------')}`])
  })
})
