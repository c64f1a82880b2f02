import { describe, expect, it } from 'vitest'
import { codes, firstBlock, importMarkdown, sectionBody } from './import.js'

describe('block Markdown becomes document blocks', () => {
  it('keeps an ordered list’s start number and nests lists inside items', () => {
    expect(firstBlock('3. three\n   - inner\n4. four')).toEqual({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'three' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inner' }] }] }] },
          ],
        },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'four' }] }] },
      ],
    })
  })

  it('gives an item that opens with a code block the empty paragraph the schema wants first', () => {
    const item = firstBlock('- ```\n  code\n  ```')?.content?.[0]
    expect(item?.content?.map((node) => node.type)).toEqual(['paragraph', 'codeBlock'])
  })

  it('keeps task list items’ text and reports each checkbox', () => {
    const result = importMarkdown('- [x] done\n- [ ] to do')
    expect(codes(result).filter((code) => code === 'task-list-item')).toHaveLength(2)
  })

  it('keeps a fenced block’s language, drops its options with a report, and gives indented code none', () => {
    const result = importMarkdown('```python title="demo.py"\nx = 1\n```\n\n    y = 2\n\n```py=\nz = 3\n```')
    expect(sectionBody(result.doc, 'Abstract')).toEqual([
      { type: 'codeBlock', attrs: { language: 'python' }, content: [{ type: 'text', text: 'x = 1' }] },
      { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'y = 2' }] },
      { type: 'codeBlock', attrs: { language: 'py' }, content: [{ type: 'text', text: 'z = 3' }] },
    ])
    expect(result.report.items.filter((item) => item.code === 'code-meta').map((item) => item.dropped)).toEqual(['title="demo.py"', '='])
  })

  it('turns a GFM table into a table with a header row, alignment and padded ragged rows', () => {
    const table = firstBlock('| a | b |\n|:--|--:|\n| 1 |')
    expect(table).toEqual({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { align: 'left' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
            { type: 'tableHeader', attrs: { align: 'right' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { align: 'left' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '1' }] }] },
            { type: 'tableCell', content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    })
  })

  it('keeps block quotes, and makes a heading inside one a bold paragraph, reported', () => {
    const result = importMarkdown('> ## Said\n>\n> words')
    expect(sectionBody(result.doc, 'Abstract')[0]).toEqual({
      type: 'blockquote',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Said', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'words' }] },
      ],
    })
    expect(codes(result)).toContain('heading-nested')
  })

  it('drops a thematic break with a report', () => {
    const result = importMarkdown('one\n\n---\n\ntwo')
    expect(sectionBody(result.doc, 'Abstract').map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(codes(result)).toContain('thematic-break')
  })

  it('keeps a raw HTML block as one paragraph of its source', () => {
    const result = importMarkdown('<div align="center">\n  <b>hi</b>\n</div>')
    expect(firstBlock('<div align="center">\n  <b>hi</b>\n</div>')).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: '<div align="center">   <b>hi</b> </div>' }],
    })
    expect(codes(result)).toContain('html')
  })

  it('collects footnote definitions into the Footnotes section, flattening what is not a paragraph', () => {
    const result = importMarkdown('# Abstract\n\nA claim[^1].\n\n[^1]: First.\n\n    - a list\n')
    expect(sectionBody(result.doc, 'Footnotes')).toEqual([
      {
        type: 'footnote',
        attrs: { label: '1' },
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'First.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'a list' }] },
        ],
      },
    ])
    expect(codes(result)).toEqual(['footnote-flattened', 'footnotes-moved'])
  })

  it('does not report footnotes already defined in the Footnotes section', () => {
    const result = importMarkdown('# Abstract\n\nA claim[^1].\n\n# References\n\n[^1]: First.\n')
    expect(codes(result)).toEqual([])
    expect(sectionBody(result.doc, 'References').map((node) => node.type)).toEqual(['footnote'])
  })
})

describe('hostile input', () => {
  it('imports Markdown too deeply nested for the parser as plain paragraphs, reported', () => {
    const result = importMarkdown(`${'- '.repeat(5000)}deep\n\nnext`)
    expect(codes(result)).toContain('markdown-too-deep')
    expect(sectionBody(result.doc, 'Abstract').map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('opens quotes nested deeper than twelve levels, reporting once', () => {
    const result = importMarkdown(`${'> '.repeat(40)}deep`)
    expect(codes(result).filter((code) => code === 'nesting-too-deep')).toHaveLength(1)
    let depth = 0
    for (let node = sectionBody(result.doc, 'Abstract')[0]; node?.type === 'blockquote'; node = node.content?.[0]) depth++
    expect(depth).toBe(12)
  })

  it('reads CRLF and CR line endings as LF, in code blocks too', () => {
    expect(firstBlock('```\r\na\r\nb\r```')).toEqual({ type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'a\nb' }] })
  })
})
