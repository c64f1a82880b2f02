import { describe, expect, it } from 'vitest'
import { codes, firstBlock, importMarkdown } from './import.js'

describe('inline Markdown becomes text with marks', () => {
  it('turns emphasis, strong and inline code into italic, bold and code marks', () => {
    expect(firstBlock('Some *soft* and **hard** and `literal` text.')?.content).toEqual([
      { type: 'text', text: 'Some ' },
      { type: 'text', text: 'soft', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'hard', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'literal', marks: [{ type: 'code' }] },
      { type: 'text', text: ' text.' },
    ])
  })

  it('combines marks inside links, in schema order (link, bold, italic)', () => {
    const [text] = firstBlock('[***both***](https://example.com "Tip")')?.content ?? []
    expect(text?.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.com', title: 'Tip' } }, { type: 'bold' }, { type: 'italic' }])
  })

  it('keeps PEP links as links (the exporter writes the :pep: role) and leaves “PEP 8” text alone', () => {
    expect(firstBlock('See [PEP 8](https://peps.python.org/pep-0008/) and PEP 8.')?.content).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'text', text: 'PEP 8', marks: [{ type: 'link', attrs: { href: 'https://peps.python.org/pep-0008/' } }] },
      { type: 'text', text: ' and PEP 8.' },
    ])
  })

  it('keeps the link, not the literal, for code inside a link, and reports the lost formatting', () => {
    const result = importMarkdown('[`os.path`](https://docs.python.org/3/library/os.path.html)')
    expect(codes(result)).toContain('mark-excluded')
    expect(firstBlock('[`os.path`](https://docs.python.org/3/library/os.path.html)')?.content?.[0]?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://docs.python.org/3/library/os.path.html' } },
    ])
  })

  it('keeps the literal, not the bold, for code inside strong text', () => {
    expect(firstBlock('**`x`**')?.content).toEqual([{ type: 'text', text: 'x', marks: [{ type: 'code' }] }])
  })

  it('resolves reference links through their definitions and reports unused definitions', () => {
    const result = importMarkdown('Read [the docs][d].\n\n[d]: https://docs.python.org/\n[u]: https://example.com/unused\n')
    expect(codes(result)).toEqual(['preface-to-abstract', 'definition-unused'])
    expect(result.report.items[1]?.dropped).toBe('[u]: https://example.com/unused')
    expect(firstBlock('Read [the docs][d].\n\n[d]: https://docs.python.org/')?.content?.[1]).toEqual({
      type: 'text',
      text: 'the docs',
      marks: [{ type: 'link', attrs: { href: 'https://docs.python.org/' } }],
    })
  })

  it('keeps struck-through text without the mark and reports it', () => {
    const result = importMarkdown('Old ~~wrong~~ text.')
    expect(codes(result)).toContain('strikethrough')
    expect(firstBlock('Old ~~wrong~~ text.')?.content).toEqual([{ type: 'text', text: 'Old wrong text.' }])
  })

  it('turns a hard line break into a space and a soft one into a space silently', () => {
    expect(firstBlock('one\\\ntwo\nthree')?.content).toEqual([{ type: 'text', text: 'one two three' }])
    expect(codes(importMarkdown('one\\\ntwo\nthree')).filter((code) => code === 'hard-break')).toHaveLength(1)
  })

  it('keeps inline HTML as its source text and reports each tag', () => {
    const result = importMarkdown('Press <kbd>Ctrl</kbd>.')
    expect(codes(result).filter((code) => code === 'html')).toHaveLength(2)
    expect(firstBlock('Press <kbd>Ctrl</kbd>.')?.content).toEqual([{ type: 'text', text: 'Press <kbd>Ctrl</kbd>.' }])
  })

  it('turns an image into a link to its source, showing the alt text', () => {
    expect(firstBlock('![A chart](https://example.com/c.png)')?.content).toEqual([
      { type: 'text', text: 'A chart', marks: [{ type: 'link', attrs: { href: 'https://example.com/c.png' } }] },
    ])
    expect(codes(importMarkdown('![A chart](https://example.com/c.png)'))).toContain('image')
  })

  it('keeps a badge image inside a link as the link text, pointing where the link points', () => {
    expect(firstBlock('[![CI](https://example.com/b.svg)](https://example.com/ci)')?.content).toEqual([
      { type: 'text', text: 'CI', marks: [{ type: 'link', attrs: { href: 'https://example.com/ci' } }] },
    ])
  })

  it('turns GFM footnote calls into footnote references', () => {
    expect(firstBlock('Claim[^src].\n\n[^src]: Source.')?.content).toEqual([
      { type: 'text', text: 'Claim' },
      { type: 'footnoteReference', attrs: { label: 'src' } },
      { type: 'text', text: '.' },
    ])
  })
})
