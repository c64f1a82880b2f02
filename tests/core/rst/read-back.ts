import type { DocNode } from '@pepdraft/core'
import { footnoteLabel } from '../../../core/src/rst/footnote-labels.js'
import { roleForUrl, textIsRedundant } from '../../../core/src/rst/links.js'
import type { DocutilsBlock } from '../../helpers/docutils.js'

/**
 * What docutils should read back from an export, computed from the document alone.
 *
 * The comparison, block by block, in document order:
 * - kind: `paragraph`, `title` (with its section depth) or `literal_block`; a hazard that made
 *   docutils build a list, field, option, doctest, line block, transition or term shows up here;
 * - containers: the enclosing lists, items, quotes, tables, cells and admonitions;
 * - text, whitespace-normalised as docutils' output would be: runs of Python whitespace become one
 *   space, ends are trimmed, characters that cannot be written (C0 controls, lone surrogates)
 *   are removed or replaced; marks are ignored (their text must survive), footnote references
 *   contribute nothing; a link to a PEP or RFC reads "PEP 8" (or "its text (PEP 8)" when the text
 *   says more, as the exporter decides); code keeps its exact text once normalised as docutils reads code (tabs
 *   expanded to 8 columns, trailing whitespace and edge blank lines dropped, common indentation
 *   removed);
 * - links: the URL of every `` `text <url>`__ ``, whitespace percent-encoded.
 * Headings may go only one level deeper than the one before (docutils' rule), so deeper ones
 * are expected raised; empty paragraphs, headings and code blocks are expected dropped.
 */
export interface ReadBlock {
  kind: string
  containers: string
  text: string
  links: string[]
}

const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const WHITESPACE_RUN = new RegExp(`[${PY_WS}]+`, 'gu')
const UNWRITABLE = /[\x00-\x08\x0e-\x1b\x7f]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function normalizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNWRITABLE, '').replace(WHITESPACE_RUN, ' ').trim()
}

export function fromDocutils(blocks: readonly DocutilsBlock[]): ReadBlock[] {
  return blocks.map(([kind, containers, text, links]) => ({
    kind,
    containers: containers.join('/'),
    text: kind === 'literal_block' ? text : normalizeText(text),
    links,
  }))
}

export function expectedBlocks(doc: DocNode): ReadBlock[] {
  const out: ReadBlock[] = []
  let level = 0
  const footnotes = footnoteLabels(doc)
  const hasReference = (inline: readonly DocNode[]) =>
    inline.some((child) => child.type === 'footnoteReference' && footnotes.has(footnoteLabel(String(child.attrs?.label)).toLowerCase()))
  const walk = (nodes: readonly DocNode[] | undefined, containers: string[]): void => {
    for (const node of nodes ?? []) {
      const inside = (...names: string[]) => [...containers, ...names]
      switch (node.type) {
        case 'paragraph':
        case 'heading': {
          const inline = (node.content ?? []).filter((child) => child.type !== 'footnoteReference' || hasReference([child]))
          const text = normalizeText(inlineText(inline))
          if (text === '' && !hasReference(inline)) break
          const links = linksOf(inline)
          if (node.type === 'paragraph' || containers.length > 0) {
            out.push({ kind: 'paragraph', containers: containers.join('/'), text, links })
            break
          }
          level = Math.min(Number(node.attrs?.level ?? 1), level + 1)
          out.push({ kind: 'title', containers: [...containers, `section:${level}`].join('/'), text, links })
          break
        }
        case 'codeBlock': {
          const code = codeAsRead((node.content ?? []).map((child) => child.text ?? '').join(''))
          if (code !== '') out.push({ kind: 'literal_block', containers: containers.join('/'), text: code, links: [] })
          break
        }
        case 'blockquote':
          walk(node.content, inside('block_quote'))
          break
        case 'bulletList':
        case 'orderedList':
          for (const item of node.content ?? []) walk(item.content, inside(node.type === 'bulletList' ? 'bullet_list' : 'enumerated_list', 'list_item'))
          break
        case 'table':
          for (const row of node.content ?? []) for (const cell of row.content ?? []) walk(cell.content, inside('table', 'entry'))
          break
        case 'admonition':
          walk(node.content, inside(String(node.attrs?.kind ?? 'note')))
          break
        case 'footnote':
          walk(node.content, inside('footnote'))
          break
        default:
          throw new Error(`read-back does not model ${node.type}`)
      }
    }
  }
  walk(doc.content, [])
  return out
}

/** Labels that have a footnote: references to others are dropped. */
function footnoteLabels(doc: DocNode): Set<string> {
  const labels = new Set<string>()
  const visit = (node: DocNode): void => {
    if (node.type === 'footnote') labels.add(footnoteLabel(String(node.attrs?.label)).toLowerCase())
    node.content?.forEach(visit)
  }
  visit(doc)
  return labels
}

interface Group {
  url: string | undefined
  text: string
}

/** Consecutive runs linking to one URL are one link; a link with no visible text is no link. */
function groups(inline: readonly DocNode[]): Group[] {
  const out: Group[] = []
  for (const child of inline) {
    const href = child.marks?.find((mark) => mark.type === 'link')?.attrs?.href
    const url = typeof href === 'string' ? href.trim().replace(UNWRITABLE, '') : undefined
    const last = out[out.length - 1]
    if (last && last.url === url && child.type === 'text') last.text += child.text ?? ''
    else out.push({ url, text: child.text ?? '' })
  }
  return out
}

function inlineText(inline: readonly DocNode[]): string {
  return groups(inline)
    .map(({ url, text: raw }) => {
      const text = raw.replace(LONE_SURROGATE, '\uFFFD').replace(UNWRITABLE, '')
      const role = url === undefined || normalizeText(text) === '' ? undefined : roleForUrl(url)
      if (!role) return text
      const core = normalizeText(text)
      if (textIsRedundant(core, url as string, role.shown)) return ` ${role.shown} `
      const [lead = '', trail = ''] = [new RegExp(`^[${PY_WS}]*`, 'u'), new RegExp(`[${PY_WS}]*$`, 'u')].map((edge) => edge.exec(text)?.[0])
      return `${lead}${text.trim() === '' ? '' : text.slice(lead.length, text.length - trail.length)} (${role.shown})${trail}`
    })
    .join('')
}

function linksOf(inline: readonly DocNode[]): string[] {
  return groups(inline)
    .filter((group) => group.url !== undefined && normalizeText(group.text) !== '' && !roleForUrl(group.url))
    .map((group) => (group.url as string).replace(new RegExp(`[${PY_WS}]`, 'gu'), encodeURIComponent))
}

function codeAsRead(code: string): string {
  const lines = code
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\x00-\x08\x0e-\x1b\x1f\x7f]/g, '')
    .split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/)
    .map((line) => expandTabs(line).replace(new RegExp(`[${PY_WS}]+$`, 'u'), ''))
  while (lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  const indent = Math.min(...lines.filter(Boolean).map((line) => line.length - line.replace(new RegExp(`^[${PY_WS}]+`, 'u'), '').length))
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n')
}

function expandTabs(line: string): string {
  let out = ''
  for (const char of line) out += char === '\t' ? ' '.repeat(8 - ([...out].length % 8)) : char
  return out
}
