import { describe, expect, it } from 'vitest'
import { codesOf, problemsOf, VALID_PEP, withHeader } from './valid-pep.js'

describe('checkRstFile reads the preamble block (PEP-RULES §1)', () => {
  it('requires the file to start with the preamble', () => {
    expect(codesOf(`Abstract\n========\n\nText.\n`)).toEqual(['file.preamble.start@1'])
  })

  it('requires PEP to be the first header', () => {
    const text = VALID_PEP.replace('PEP: 9999\nTitle: A Valid Draft\n', 'Title: A Valid Draft\nPEP: 9999\n')
    expect(codesOf(text)).toEqual(['file.preamble.start@1', 'file.preamble.order@1'])
  })

  it('requires a space after the colon', () => {
    expect(codesOf(withHeader('Status', 'Status:Draft'))).toEqual(['file.preamble.colon-space@5'])
  })

  it('reports a line that is neither a header nor a continuation, such as a missing blank line before the body', () => {
    expect(codesOf(VALID_PEP.replace('Post-History: Pending\n\n\n', 'Post-History: Pending\n'))).toContain('file.preamble.malformed-line@9')
  })

  it('requires a blank line and a body after the preamble', () => {
    expect(codesOf(VALID_PEP.split('\n\n')[0]! + '\n')).toEqual(['file.preamble.unterminated@8'])
  })

  it('reports a header name in the wrong case', () => {
    expect(codesOf(withHeader('Type', 'type: Standards Track'))).toEqual(['preamble.type.missing@1', 'file.preamble.header-case@6'])
  })

  it('reports unknown and retired headers with the editor’s advice', () => {
    const problems = problemsOf(withHeader('Status', 'Status: Draft\nContent-Type: text/x-rst'))
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual(['preamble.header.unknown@6'])
    expect(problems[0]!.message).toContain('every PEP is reStructuredText')
  })

  it('reports a duplicate header on its second line and keeps the first value', () => {
    expect(codesOf(withHeader('Status', 'Status: Draft\nStatus: Sleeping'))).toEqual(['file.preamble.duplicate@6'])
  })

  it('requires the PEP 12 order and names it', () => {
    const problems = problemsOf(withHeader('Discussions-To', undefined).replace('Type: Standards Track\n', 'Type: Standards Track\nDiscussions-To: Pending\n'))
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual(['file.preamble.order@4'])
    expect(problems[0]!.message).toContain('PEP, Title, Author, Discussions-To, Status, Type, Created, Post-History')
  })

  it('accepts BDFL-Delegate in the PEP-Delegate slot, with a warning about the legacy name', () => {
    expect(codesOf(withHeader('Discussions-To', 'BDFL-Delegate: Guido van Rossum <guido@python.org>\nDiscussions-To: Pending'))).toEqual([
      'file.preamble.legacy-header@4',
    ])
    expect(codesOf(withHeader('Discussions-To', 'BDFL-Delegate: Guido 2 <guido@python.org>\nDiscussions-To: Pending'))).toContain(
      'preamble.pep-delegate.name@4',
    )
  })

  it('allows continuation lines only for Author and Post-History', () => {
    expect(codesOf(withHeader('Title', 'Title: A Valid\n       Draft'))).toEqual(['file.preamble.continuation@3'])
  })
})

describe('checkRstFile reads Author and Post-History lists', () => {
  it('accepts a wrapped Author list: lines end with a comma, continuations indented 8 spaces', () => {
    const authors = 'Author: Ada Lovelace <ada@example.com>,\n        Charles Babbage,\n        Mary Somerville <mary at example.com>'
    expect(codesOf(withHeader('Author', authors))).toEqual([])
  })

  it('requires the comma at the end of a wrapped Author line', () => {
    expect(codesOf(withHeader('Author', 'Author: Ada Lovelace <ada@example.com>\n        Charles Babbage'))).toEqual([
      'file.preamble.author-comma@3',
    ])
  })

  it('rejects Author continuation lines indented more than 8 spaces', () => {
    expect(codesOf(withHeader('Author', 'Author: Ada Lovelace,\n          Charles Babbage'))).toEqual(['file.preamble.over-indented@4'])
  })

  it('checks each author with the editor’s rules, on the Author line', () => {
    expect(codesOf(withHeader('Author', 'Author: Ada Lovelace <ada@example.com>, A. Person'))).toEqual(['preamble.author.enumerated-list@3'])
    expect(codesOf(withHeader('Author', 'Author: R2 D2 <r2@example.com>'))).toEqual(['preamble.author.name@3'])
  })

  it('reads Post-History entries as dated links and validates them', () => {
    const good = 'Post-History: `01-Feb-2024 <https://discuss.python.org/t/pep-9999/123>`__,\n              `05-Mar-2024 <https://discuss.python.org/t/pep-9999/123/7>`__'
    expect(codesOf(withHeader('Post-History', good))).toEqual([])
    const bad = 'Post-History: `1-Feb-2024 <https://example.com/thread>`__'
    expect(codesOf(withHeader('Post-History', bad))).toEqual(['preamble.post-history.date-format@8', 'preamble.post-history.url@8'])
  })

  it('accepts entries listed below an empty Post-History line, and warns when a wrapped line lacks its comma', () => {
    // Old PEPs have bare dates: python/peps accepts them, PEP 1 asks for the link (a warning per entry).
    expect(codesOf(withHeader('Post-History', 'Post-History:\n    06-Mar-2015,\n    13-Mar-2015'))).toEqual([
      'preamble.post-history.url-missing@8',
      'preamble.post-history.url-missing@8',
    ])
    expect(codesOf(withHeader('Post-History', 'Post-History: 06-Mar-2015\n              13-Mar-2015'))).toEqual([
      'file.preamble.post-history-comma@8',
      'preamble.post-history.url-missing@8',
      'preamble.post-history.url-missing@8',
    ])
  })

  it('reports a Post-History link with one underscore', () => {
    const problems = problemsOf(withHeader('Post-History', 'Post-History: `01-Feb-2024 <https://discuss.python.org/t/x/1>`_'))
    expect(problems.map((p) => p.code)).toEqual(['file.preamble.post-history-entry'])
    expect(problems[0]!.message).toContain('two underscores')
  })
})

describe('checkRstFile applies validatePreamble to the values, on their lines', () => {
  it('reports a missing required header on line 1', () => {
    expect(codesOf(withHeader('Created', undefined))).toEqual(['preamble.created.missing@1'])
  })

  it('reports bad values on their header line', () => {
    expect(codesOf(withHeader('PEP', 'PEP: 0099'))).toEqual(['preamble.pep.leading-zero@1'])
    expect(codesOf(withHeader('Status', 'Status: draft'))).toEqual(['preamble.status.invalid@5'])
    expect(codesOf(withHeader('Created', 'Created: 2024-01-01'))).toEqual(['preamble.created.format@7'])
    expect(codesOf(withHeader('Created', 'Created: 01-Jan-2030'))).toEqual(['preamble.created.future@7'])
    expect(codesOf(withHeader('Discussions-To', 'Discussions-To: https://discuss.python.org/t/x/12/3'))).toEqual([
      'preamble.discussions-to.post-url@4',
    ])
  })

  it('rejects an empty optional header but accepts an empty PEP-Delegate', () => {
    expect(codesOf(withHeader('Created', 'Created: 01-Jan-2024\nPython-Version:'))).toEqual(['preamble.python-version.empty@8'])
    expect(codesOf(withHeader('Discussions-To', 'PEP-Delegate:\nDiscussions-To: Pending'))).toEqual([])
  })
})
