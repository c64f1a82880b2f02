import { createRandom, type Random } from '../rst/random.js'

/** Characters Markdown or reStructuredText give meaning to, and text from other scripts. */
const HOSTILE = ['*', '_', '|', '\\', '<', '>', '[', ']', '#', '`', '~', '::', '..', '-', '+', '1.', '&amp;', '&#42;', '!', '(', ')', ':pep:', '__']
const WORDS = ['import', 'lazy', 'module', 'PEP', 'syntax', 'café', 'naïve', '日本語', 'Ελληνικά', 'עברית', '🐍', 'x_y', 'a*b', 'foo_', 'CPython', '3.14', 'self']
const SECTION_TITLES = ['Abstract', 'motivation', '1. Specification', 'Rationale:', 'Backward Compatibility', 'Open Questions', 'References', 'Copyright', 'Design notes', 'FAQ']
const LANGUAGES = ['python', 'py', 'c=', 'rust', 'no-such-language', 'pycon', '', 'python title="x.py"']
const HEADERS = ['PEP: 9999', 'Title: A Title', 'Author: Jane Doe <jane@example.com>, Bob', 'Status: Draft', 'Type: Informational', 'Created: 2024-02-29', 'Topic: Typing', 'Version: 2', 'Post-History: 01-Jan-2024']

function word(random: Random): string {
  return random.chance(0.2) ? random.pick(HOSTILE) : random.pick(WORDS)
}

function words(random: Random, count: number): string {
  return Array.from({ length: count }, () => word(random)).join(random.chance(0.1) ? '' : ' ')
}

/** One inline construct: plain words, markup (possibly nested or unbalanced), links, raw HTML. */
function inline(random: Random, depth = 0): string {
  const text = () => words(random, random.int(1, 3))
  const inner = () => (depth < 2 && random.chance(0.4) ? inline(random, depth + 1) : text())
  switch (random.int(0, 13)) {
    case 0: return `*${inner()}*`
    case 1: return `**${inner()}**`
    case 2: return `\`${text()}\``
    case 3: return `[${inner()}](https://example.com/${random.pick(WORDS)})`
    case 4: return `[${text()}](https://peps.python.org/pep-0${random.int(1, 999)}/)`
    case 5: return `~~${inner()}~~`
    case 6: return `![${text()}](https://example.com/i.png)`
    case 7: return `<kbd>${text()}</kbd>`
    case 8: return `[^${random.pick(['1', 'note', 'x y'])}]`
    case 9: return `${text()}\\\n${text()}`
    case 10: return `<https://example.com/${random.int(0, 9)}>`
    case 11: return `[${text()}][ref]`
    case 12: return `_${inner()}_`
    default: return text()
  }
}

function paragraph(random: Random): string {
  return Array.from({ length: random.int(1, 5) }, () => inline(random)).join(random.pick([' ', '', '\n']))
}

/** Bullet or ordered items; a nested list is indented under its item's text (CommonMark §5.2). */
function list(random: Random, depth: number): string {
  const ordered = random.chance(0.4)
  return Array.from({ length: random.int(1, 4) }, (_, i) => {
    const marker = ordered ? `${random.chance(0.2) ? random.int(0, 9) : i + 1}${random.pick(['.', ')'])}` : random.pick(['-', '*', '+'])
    const task = random.chance(0.15) ? random.pick(['[ ] ', '[x] ']) : ''
    const pad = ' '.repeat(marker.length + 1)
    const nested = depth < 2 && random.chance(0.3) ? `\n${list(random, depth + 1).split('\n').map((line) => pad + line).join('\n')}` : ''
    return `${marker} ${task}${paragraph(random)}${nested}`
  }).join('\n')
}

function table(random: Random): string {
  const columns = random.int(1, 4)
  const row = (cells: number) => `| ${Array.from({ length: cells }, () => inline(random).replace(/\n/g, ' ').replace(/\|/g, '\\|')).join(' | ')} |`
  const align = `|${Array.from({ length: columns }, () => random.pick([' --- ', ':--', '--:', ':-:'])).join('|')}|`
  const body = Array.from({ length: random.int(0, 3) }, () => row(random.int(1, columns + 1)))
  return [row(columns), align, ...body].join('\n')
}

function block(random: Random): string {
  switch (random.int(0, 14)) {
    case 0: case 1: return `${'#'.repeat(random.int(1, 6))} ${random.chance(0.6) ? random.pick(SECTION_TITLES) : paragraph(random).replace(/\n/g, ' ')}`
    case 2: return list(random, 0)
    case 3: return table(random)
    case 4: return `${random.pick(['```', '~~~'])}${random.pick(LANGUAGES)}\n${words(random, random.int(0, 6))}\n  ${random.pick(HOSTILE)}\n${random.chance(0.9) ? '```' : ''}`
    case 5: return `    ${words(random, 3)}\n    ${random.pick(HOSTILE)}`
    case 6: return `> ${paragraph(random)}\n>\n> ${random.chance(0.5) ? '- quoted item' : '## quoted heading'}`
    case 7: return random.pick(['<div align="center">\n<b>raw</b>\n</div>', '<!-- comment -->', '<details>\n<summary>more</summary>'])
    case 8: return random.pick(['---', '***', '___'])
    case 9: return `[ref]: https://example.com/ref${random.chance(0.5) ? ' "Title"' : ''}`
    case 10: return `[^${random.pick(['1', 'note', 'x y'])}]: ${paragraph(random)}${random.chance(0.3) ? '\n\n    - in a footnote' : ''}`
    default: return paragraph(random)
  }
}

/** A seeded random Markdown draft: sometimes front matter or header lines and a `#` title, then blocks. */
export function randomMarkdown(seed: number): string {
  const random = createRandom(seed)
  const parts: string[] = []
  if (random.chance(0.2)) parts.push(`---\ntitle: ${words(random, 2)}\nauthor: [Jane Doe <j@example.com>]\ntags: ${word(random)}\n${random.chance(0.2) ? 'broken: [' : 'status: Draft'}\n---`)
  if (random.chance(0.3)) parts.push(`# ${paragraph(random).replace(/\n/g, ' ')}`)
  if (random.chance(0.2)) parts.push(Array.from({ length: random.int(2, 5) }, () => random.pick(HEADERS)).join('\n'))
  for (let i = random.int(0, 14); i > 0; i--) parts.push(block(random))
  const markdown = parts.join(random.chance(0.9) ? '\n\n' : '\n')
  // CommonMark §2.1: CRLF and CR end lines too (pads pasted from Windows).
  return random.chance(0.1) ? markdown.replace(/\n/g, random.pick(['\r\n', '\r'])) : markdown
}

/** Inputs no generator is likely to hit: deep nesting, control characters, unclosed constructs. */
export const HOSTILE_MARKDOWN: readonly string[] = [
  '>'.repeat(2000) + ' deep quote',
  '- '.repeat(200) + 'deep list',
  '*a '.repeat(1000) + 'x' + '*'.repeat(1000),
  'nul\u0000 bell\u0007 tab\there\u000b',
  '\uFEFFPEP: 1\nTitle: After A Byte Order Mark\n\n# Abstract',
  '#\n\n## \n\ntext under empty headings',
  '[^a]: a footnote nothing refers to',
  '| a |\n|---|\n| `x\\|y` |',
  '<!--',
  '```',
  '---\n---\n',
  '---\n- a list, not a map\n---\n',
  '---\nauthor: 5\npost-history: {a: 1}\ntopic: {x: y}\n---\n',
  '# Abstract\n\n# Abstract\n\nTwice.',
  '[link](<> "empty destination") [](https://example.com) ![](https://example.com/i.png)',
  '- \n-\n  \n- [ ]',
  '> ```\n> unclosed fence in a quote',
]

