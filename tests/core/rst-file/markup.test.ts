import { describe, expect, it } from 'vitest'
import { codesOf, problemsOf, withAbstract, withHeader } from './valid-pep.js'

describe('checkRstFile direct PEP and RFC links (PEP-RULES §1, check-peps)', () => {
  it('accepts the :pep: and :rfc: roles', () => {
    expect(codesOf(withAbstract('See :pep:`8` and :rfc:`2822`.'))).toEqual([])
  })

  it('rejects a peps.python.org link anywhere, naming the role to use', () => {
    const problems = problemsOf(withAbstract('See `PEP 8 <https://peps.python.org/pep-0008/>`__.'))
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual(['file.links.pep-url@14'])
    expect(problems[0]!.message).toContain(':pep:`8`')
  })

  it('rejects the old python.org/dev/peps and RFC editor URLs, in the preamble too', () => {
    expect(codesOf(withAbstract('https://www.python.org/dev/peps/pep-0001/ and https://www.rfc-editor.org/rfc/rfc2822'))).toEqual([
      'file.links.pep-url@14',
      'file.links.rfc-url@14',
    ])
    expect(codesOf(withHeader('Discussions-To', 'Discussions-To: https://peps.python.org/pep-0001/'))).toContain('file.links.pep-url@4')
  })

  it('rejects them in code blocks as well, as check-peps reads every line', () => {
    expect(codesOf(withAbstract('Example::\n\n    url = "https://datatracker.ietf.org/doc/html/rfc9110"'))).toEqual(['file.links.rfc-url@16'])
  })

  it('exempts the PEPs check-peps exempts (they document these URLs)', () => {
    const pep9 = withHeader('PEP', 'PEP: 9').replace('Some text with', 'https://peps.python.org/pep-0009/ with')
    expect(codesOf(pep9.replace('Some text with', ''))).not.toContain('file.links.pep-url@14')
  })
})

describe('checkRstFile single backticks (sphinx-lint default-role)', () => {
  it('warns about `code` in single backticks, with the fix', () => {
    const problems = problemsOf(withAbstract('Call `len(x)` here, or (`y`).'))
    expect(problems.map((p) => `${p.severity} ${p.code}@${p.line}`)).toEqual([
      'warning file.markup.default-role@14',
      'warning file.markup.default-role@14',
    ])
    expect(problems[0]!.message).toContain('``len(x)``')
  })

  it('accepts roles, references, inline literals and escaped backticks', () => {
    const text = [
      ':pep:`8`, :func:`len`, `a link <https://example.com>`__, `named`_, ``literal `x` inside``,',
      '\\`not markup\\`, `target`__ and a role after `x`:sub:.',
    ].join('\n')
    expect(codesOf(withAbstract(text))).toEqual([])
  })

  it('ignores literal blocks, code directives, comments and doctest blocks', () => {
    const text = [
      'Code::',
      '',
      '    s = `x`',
      '',
      '.. code-block:: python',
      '',
      '   s = `x`',
      '',
      '.. a comment with `x`',
      '   continued `y`',
      '',
      '>>> `x`',
    ].join('\n')
    expect(codesOf(withAbstract(text))).toEqual([])
  })

  it('still checks the text inside admonitions and lists', () => {
    expect(codesOf(withAbstract('.. note::\n\n   Use `x`.\n\n- item `y`'))).toEqual([
      'file.markup.default-role@16',
      'file.markup.default-role@18',
    ])
  })
})
