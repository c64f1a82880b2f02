import type { DocMark, DocNode, Preamble } from '@pepdraft/core'
import type { Random } from './random.js'

/** Every hazard of PEP-RULES.md §4 and of the UNSAFE table, as it could appear in typed text. */
const HAZARDS = [
  '\\', '\\\\', '\\ ', '*', '**', '***', '`', '``', '```', '_', '__', 'word_', 'word__', 'a_b_', '__init__',
  '[1]_', '[#a]_', '[*]_', '[cite]_', '|', '||', '|sub|', '|_', '.. ', '..', '...', '.. note::', '- ', '-',
  '* ', '+ ', '• ', '‣ ', '⁃ ', '1. ', '1.', '#. ', '(a) ', 'a) ', 'A. ', 'I. ', 'iv. ', '>>>', '>>> ',
  '| ', ':field: ', ':Author:', ':role:`x`', ':pep:`8`', '----', '====', '~~~~', "''''", '""', '::', ' ::',
  'foo::', '    ', '\t', '-v  ', '--long=ARG  ', '/V  ', '+--+--+', '== ==', '__ ', '_`target`',
  '`text <http://x>`_', 'http://example.com/x_', 'a@b.c', 'PEP 8', 'RFC 2822', 'pep-0008', '(*)', '"*"',
  "'*'", '<', '>', '<x>', '(', ')', '[', ']', '{', '}', '"', "'", '«', '»', '—', '–', '/', ':', '.', ',',
  '!', '?', ';', '#', '@', '$', '%', '^', '&', '=', '~', '+', '*emph*', '**strong**', '``code``',
]

/** Unicode that changes widths, joins, or is whitespace or a line break to Python. */
const UNICODE = [
  'é', 'e\u0301', 'ñ', '中文', '日本語', 'ﾊﾟ', '😀', '👩‍💻', '🇫🇷', '\u00a0', '\u3000', '\u200b', 'İ', 'Σ', 'ß',
  'ﬁ', '\u2028', '\u0085', '\u000c', '\u0001', '\ud800', 'ـ', '‐', '¿', '「', '」', '‘', '’', '“', '”',
]

const WORDS = ['foo', 'bar', 'spam', 'eggs', 'Python', 'x', 'a', 'A', '1', 'I', 'v', 'e.g.', 'snake_case']
const LONG_WORDS = ['x'.repeat(90), 'Supercalifragilistic'.repeat(5)]
const SEPARATORS = ['', ' ', ' ', ' ', '  ']

/** Hostile text: hazards, Unicode and words glued together or spaced. */
export function hostileText(random: Random, maxTokens = 10): string {
  let text = ''
  const count = random.int(1, maxTokens)
  for (let i = 0; i < count; i++) {
    const roll = random.int(0, 99)
    const token =
      roll < 45 ? random.pick(HAZARDS) : roll < 75 ? random.pick(WORDS) : roll < 92 ? random.pick(UNICODE) : random.pick(LONG_WORDS)
    text += (i > 0 ? random.pick(SEPARATORS) : '') + token
  }
  return text
}

/** Text with at least one word character, for values that must not vanish (titles, link text). */
export function visibleText(random: Random): string {
  return `${random.pick(WORDS)}${random.pick(SEPARATORS)}${hostileText(random, 4)}`
}

const URLS = [
  'https://example.com/', 'https://example.com/a_', 'https://example.com/a b', 'https://example.com/a>b',
  'https://example.com/a<b', 'https://example.com/a`b', 'https://example.com/a\\b', 'https://example.com/(x)',
  'https://example.com/é', 'https://example.com/%20', 'https://example.com/*x*', 'https://example.com/|x|',
  'https://example.com/?q=1&r=2#frag', 'mailto:someone@example.com', 'https://peps.python.org/pep-0008/',
  'https://peps.python.org/pep-0484/#abstract', 'https://www.rfc-editor.org/rfc/rfc2822#section-3.6',
]

const FOOTNOTE_LABELS = ['a', 'Note 1', 'x_y', '1', '中文', 'see-also']

const MARK_SETS: DocMark['type'][][] = [[], [], [], ['italic'], ['bold'], ['code'], ['link'], ['bold', 'italic'], ['link', 'italic'], ['code', 'bold'], ['comment']]

function inline(random: Random): DocNode[] {
  return Array.from({ length: random.int(1, 5) }, () => {
    if (random.chance(0.05)) return { type: 'footnoteReference', attrs: { label: random.pick(FOOTNOTE_LABELS) } }
    const types = random.pick(MARK_SETS)
    const isLink = types.includes('link')
    const text = isLink ? visibleText(random) : hostileText(random)
    const marks: DocMark[] = types.map((type) =>
      type === 'link' ? { type, attrs: { href: random.pick(URLS) } } : type === 'comment' ? { type, attrs: { threadId: 't' } } : { type },
    )
    return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text }
  })
}

function paragraph(random: Random): DocNode {
  return { type: 'paragraph', content: inline(random) }
}

function codeBlock(random: Random): DocNode {
  const lines = Array.from({ length: random.int(1, 4) }, () => random.pick(['', '  ', '\t', '    ']) + hostileText(random, 5))
  const language = random.pick(['python', 'text', '', null, 'c', 'klingon', 'PEG', 'none'])
  return { type: 'codeBlock', attrs: { language }, content: [{ type: 'text', text: lines.join(random.pick(['\n', '\r\n'])) }] }
}

function block(random: Random, depth: number, topLevel: boolean): DocNode {
  const roll = random.int(0, 99)
  if (topLevel && roll < 15) {
    return { type: 'heading', attrs: { level: random.int(1, 3) }, content: inline(random) }
  }
  if (roll < 50 || depth > 2) return paragraph(random)
  if (roll < 65) {
    const type = random.chance(0.5) ? 'bulletList' : 'orderedList'
    const items = Array.from({ length: random.int(1, 3) }, () => ({
      type: 'listItem',
      content: [paragraph(random), ...(random.chance(0.3) ? [block(random, depth + 1, false)] : [])],
    }))
    return type === 'orderedList' ? { type, attrs: { start: random.int(1, 12) }, content: items } : { type, content: items }
  }
  if (roll < 73) return { type: 'blockquote', content: [block(random, depth + 1, false), ...(random.chance(0.4) ? [paragraph(random)] : [])] }
  if (roll < 83) return codeBlock(random)
  if (roll < 92) {
    const columns = random.int(1, 3)
    const header = random.chance(0.5)
    const rows = Array.from({ length: random.int(1, 3) }, (_, r) => ({
      type: 'tableRow',
      content: Array.from({ length: columns }, () => ({
        type: header && r === 0 ? 'tableHeader' : 'tableCell',
        content: random.chance(0.15) ? [{ type: 'paragraph' }] : random.chance(0.2) ? [block(random, depth + 1, false)] : [paragraph(random)],
      })),
    }))
    return { type: 'table', content: rows }
  }
  if (roll < 96) {
    const extra = random.chance(0.4) ? [block(random, depth + 1, false)] : []
    return { type: 'admonition', attrs: { kind: random.pick(['note', 'warning']) }, content: [paragraph(random), ...extra] }
  }
  const body = random.chance(0.3) ? block(random, depth + 1, false) : paragraph(random)
  return { type: 'footnote', attrs: { label: random.pick(FOOTNOTE_LABELS) }, content: [body, ...(random.chance(0.3) ? [paragraph(random)] : [])] }
}

/** A document of hostile text in every block type the exporter writes. */
export function hostileDocument(random: Random): DocNode {
  return { type: 'doc', content: Array.from({ length: random.int(2, 7) }, () => block(random, 0, true)) }
}

/** A complete preamble whose free-text values (Title, author names) are hostile too. */
export function hostilePreamble(random: Random): Preamble {
  return {
    PEP: String(random.int(1, 9999)),
    Title: visibleText(random),
    Author: [{ name: visibleText(random), email: 'author@example.com' }, { name: random.pick(['A. Person', 'Jane Doe', 'I. Roman']) }],
    Status: 'Draft',
    Type: 'Standards Track',
    Created: '01-Jan-2024',
  }
}
