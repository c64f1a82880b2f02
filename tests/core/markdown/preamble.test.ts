import { describe, expect, it } from 'vitest'
import { codes, importMarkdown } from './import.js'

describe('front matter and header lines fill the preamble', () => {
  it('reads YAML front matter with case-insensitive, snake_case or plural keys', () => {
    const markdown = [
      '---',
      'PEP: 0999',
      'title: Frozen Sets',
      'authors:',
      '  - Jane Doe <jane@example.com>',
      '  - {name: Bob Roe, email: bob@example.org}',
      'discussions_to: https://discuss.python.org/t/frozen/1',
      'python-version: 3.10',
      'topic: [Packaging, Typing]',
      'post-history:',
      '  - date: 02-Jan-2025',
      '    url: https://discuss.python.org/t/frozen/1',
      '---',
      '',
      '# Abstract',
    ].join('\n')
    const result = importMarkdown(markdown)
    expect(result.preamble).toEqual({
      PEP: '0999',
      Title: 'Frozen Sets',
      Author: [
        { name: 'Jane Doe', email: 'jane@example.com' },
        { name: 'Bob Roe', email: 'bob@example.org' },
      ],
      'Discussions-To': 'https://discuss.python.org/t/frozen/1',
      Status: 'Draft',
      Type: 'Standards Track',
      Topic: 'Packaging, Typing',
      'Python-Version': '3.10',
      'Post-History': [{ date: '02-Jan-2025', url: 'https://discuss.python.org/t/frozen/1' }],
    })
    expect(codes(result)).toEqual([])
  })

  it('reports unknown keys with what was left out, and a legacy name kept under the current one', () => {
    const result = importMarkdown('---\ntags: [pep]\nBDFL-Delegate: Guido <guido@example.com>\n---\n')
    expect(result.report.items).toEqual([
      expect.objectContaining({ code: 'header-unknown', line: 2, dropped: 'tags: [pep]' }),
      expect.objectContaining({ code: 'header-renamed', line: 3 }),
    ])
    expect(result.preamble['PEP-Delegate']).toBe('Guido <guido@example.com>')
  })

  it('reports front matter that is not YAML, keeping its text in the report', () => {
    const result = importMarkdown('---\ntitle: [unclosed\n---\n\nBody.')
    expect(result.report.items[0]).toMatchObject({ code: 'front-matter-invalid', line: 1, dropped: 'title: [unclosed' })
  })

  it('reads a leading block of PEP header lines, with continuation lines and reST or Markdown dated links', () => {
    const markdown = [
      'PEP: 9999',
      'Title: Header Lines',
      'Author: Ada Lovelace <ada@example.com>,',
      '        Charles Babbage',
      'status: Draft',
      'Created: 2025-02-01',
      'Post-History: `01-Feb-2025 <https://discuss.python.org/t/x/1>`__,',
      '              [03-Feb-2025](https://discuss.python.org/t/x/1/5), 04-Feb-2025',
      '',
      '# Abstract',
    ].join('\n')
    const result = importMarkdown(markdown)
    expect(result.preamble).toMatchObject({
      PEP: '9999',
      Title: 'Header Lines',
      Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }, { name: 'Charles Babbage' }],
      Status: 'Draft',
      Created: '01-Feb-2025',
      'Post-History': [
        { date: '01-Feb-2025', url: 'https://discuss.python.org/t/x/1' },
        { date: '03-Feb-2025', url: 'https://discuss.python.org/t/x/1/5' },
        { date: '04-Feb-2025' },
      ],
    })
    expect(result.report.items).toEqual([expect.objectContaining({ code: 'header-normalized', line: 6, dropped: '2025-02-01' })])
    expect(result.doc.content?.[0]?.type).toBe('heading')
  })

  it('does not read prose that happens to start with “Status:” as headers', () => {
    const result = importMarkdown('Status: we are still discussing this.\n\n# Abstract')
    expect(result.preamble.Status).toBe('Draft')
    expect(result.doc.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Status: we are still discussing this.' }] })
  })

  it('reads header lines after the title heading too', () => {
    const result = importMarkdown('# My Proposal\n\nAuthor: Jane Doe\nStatus: Draft\n\n## Abstract\n\nA.')
    expect(result.preamble).toMatchObject({ Title: 'My Proposal', Author: [{ name: 'Jane Doe' }] })
  })

  it('keeps the Title header over a different leading heading, reporting the heading as left out', () => {
    const result = importMarkdown('---\ntitle: Official Title\n---\n\n# Working title\n\n## Abstract')
    expect(result.preamble.Title).toBe('Official Title')
    expect(result.report.items).toEqual([expect.objectContaining({ code: 'title-conflict', dropped: 'Working title' })])
  })

  it('keeps the first of two values for one header and reports the second', () => {
    const result = importMarkdown('---\ntitle: One\n---\nTitle: Two\nStatus: Draft\n')
    expect(result.preamble.Title).toBe('One')
    expect(result.report.items).toEqual([expect.objectContaining({ code: 'header-duplicate', dropped: 'Title: Two' })])
  })

  it('reports a Type that differs from the template the sections follow', () => {
    const result = importMarkdown('---\ntype: Process\n---\n', 'informational')
    expect(result.preamble.Type).toBe('Process')
    expect(codes(result)).toEqual(['type-differs-from-template'])
  })

  it('does not share the template’s preamble objects with the result', () => {
    const first = importMarkdown('')
    first.preamble['Post-History']?.push({ date: '01-Jan-2025' })
    expect(importMarkdown('').preamble['Post-History']).toEqual([])
  })
})
