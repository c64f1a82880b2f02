import { checkRstFile, decodeRstBytes } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { codesOf, TODAY, VALID_PEP } from './valid-pep.js'

describe('checkRstFile layout (PEP-RULES §3)', () => {
  it('accepts a file that follows every rule, without even a warning', () => {
    expect(codesOf(VALID_PEP)).toEqual([])
  })

  it('reports CR LF line endings once, on the first line, with how many lines have them', () => {
    const problems = checkRstFile(VALID_PEP.replace(/\n/g, '\r\n'), { today: TODAY })
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual(['file.layout.line-ending@1'])
    expect(problems[0]!.message).toContain(`${VALID_PEP.split('\n').length - 1} lines end with CR LF`)
  })

  it('reports a lone CR', () => {
    expect(codesOf(VALID_PEP.replace('Abstract\n', 'Abstract\r'))).toContain('file.layout.line-ending@11')
  })

  it('requires a final newline', () => {
    expect(codesOf(VALID_PEP.slice(0, -1))).toEqual(['file.layout.final-newline@29'])
  })

  it('rejects blank lines after the last text', () => {
    expect(codesOf(`${VALID_PEP}\n\n`)).toEqual(['file.layout.trailing-blank-lines@30'])
  })

  it('reports trailing whitespace on its line, in the preamble and in the body', () => {
    expect(codesOf(VALID_PEP.replace('Status: Draft', 'Status: Draft  ').replace('Abstract\n', 'Abstract \n'))).toEqual([
      'file.layout.trailing-whitespace@5',
      'file.layout.trailing-whitespace@11',
    ])
  })

  it('reports tab characters, even inside a literal block', () => {
    expect(codesOf(VALID_PEP.replace('    x = ', '\tx = '))).toEqual(['file.layout.tab@22'])
  })

  it('reports a byte-order mark', () => {
    expect(codesOf(`\ufeff${VALID_PEP}`)).toEqual(['file.encoding.bom@1'])
  })
})

describe('decodeRstBytes (PEP 12: UTF-8)', () => {
  it('decodes UTF-8, wide characters included, without a problem', () => {
    const text = VALID_PEP.replace('Ada Lovelace', 'Michał Górny')
    expect(decodeRstBytes(new TextEncoder().encode(text))).toEqual({ text, problems: [] })
  })

  it('reports invalid UTF-8 on the line of the first bad byte and still returns the text', () => {
    const latin1 = Uint8Array.from(Buffer.from(VALID_PEP.replace('Ada Lovelace', 'Ada L\u00f6velace'), 'latin1'))
    const { text, problems } = decodeRstBytes(latin1)
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual(['file.encoding.utf8@3'])
    expect(problems[0]!.message).toContain('byte 0xf6')
    expect(text).toContain('Ada L\ufffdvelace')
  })

  it('rejects overlong encodings and surrogates, as a strict UTF-8 decoder does', () => {
    expect(decodeRstBytes(Uint8Array.from([0x41, 0x0a, 0xc0, 0x80])).problems[0]?.line).toBe(2)
    expect(decodeRstBytes(Uint8Array.from([0xed, 0xa0, 0x80])).problems[0]?.message).toContain('offset 0')
  })
})
