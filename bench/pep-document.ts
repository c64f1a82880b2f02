import { readFileSync } from 'node:fs'
import type { DocNode, Preamble } from '@pepdraft/core'
import { readPreambleBlock } from '../core/src/rst-file/preamble-block.js'
import { preambleFromHeaders } from '../core/src/rst-file/preamble-values.js'
import { inlineContent } from './pep-inline.js'

export const PEPS_DIR = new URL('../../shared/fixtures/peps/', import.meta.url)

/** The largest published PEP by bytes, from the fixture index (`file pep type status lines bytes …`). */
export function largestPep(): { file: string; bytes: number } {
  const [header, ...rows] = readFileSync(new URL('INDEX.tsv', PEPS_DIR), 'utf8').trim().split('\n').map((l) => l.split('\t'))
  const fileColumn = header!.indexOf('file')
  const bytesColumn = header!.indexOf('bytes')
  const sorted = rows.sort((a, b) => Number(b[bytesColumn]) - Number(a[bytesColumn]))
  return { file: sorted[0]![fileColumn]!, bytes: Number(sorted[0]![bytesColumn]) }
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/
const CODE_DIRECTIVE = /^\.\.\s+(?:code-block|code|sourcecode)::\s*(\S*)/
const BULLET = /^[-*+]\s+/
const ENUMERATED = /^(?:\d+|#)\.\s+/
const indent = (line: string) => line.length - line.trimStart().length
const blank = (line: string | undefined) => line === undefined || line.trim() === ''

/**
 * A real PEP as our document JSON, line by line: headings (levels by first appearance, at most 3),
 * paragraphs, bullet and numbered lists, code blocks (`.. code::` and `::`), block quotes, tables
 * as text blocks. Comments, targets and other directives are dropped. For benchmarking only.
 */
export function documentFromRst(text: string): { doc: DocNode; preamble: Preamble } {
  const lines = text.split('\n')
  const block = readPreambleBlock(lines)
  const { preamble } = preambleFromHeaders(block.headers, new Date())
  const content: DocNode[] = []
  const styles: string[] = []
  let i = block.bodyStart
  /** Lines from `from` while blank or indented deeper than `depth`, dedented, trailing blanks dropped. */
  const indentedFrom = (from: number, depth: number): string[] => {
    const body: string[] = []
    for (i = from; i < lines.length && (blank(lines[i]) || indent(lines[i]!) > depth); i++) body.push(lines[i]!)
    while (body.length > 0 && blank(body[body.length - 1])) body.pop()
    const cut = Math.min(...body.filter((l) => !blank(l)).map(indent))
    return body.map((l) => l.slice(cut))
  }
  while (i < lines.length) {
    const line = lines[i]!
    if (blank(line)) {
      i++
      continue
    }
    if (/^\S/.test(line) && !ADORNMENT.test(line) && ADORNMENT.test(lines[i + 1] ?? '')) {
      const char = lines[i + 1]!.trim()[0]!
      if (!styles.includes(char)) styles.push(char)
      content.push({ type: 'heading', attrs: { level: Math.min(3, styles.indexOf(char) + 1) }, content: inlineContent(line.trim()) })
      i += 2
      continue
    }
    const code = CODE_DIRECTIVE.exec(line)
    if (code) {
      const body = indentedFrom(i + 1, indent(line)).filter((l, n, all) => !(n < all.indexOf('') && l.startsWith(':')))
      content.push(codeBlock(body.join('\n').trim(), code[1] || 'text'))
      continue
    }
    if (/^\.\.(\s|$)|^__ /.test(line.trimStart()) || /^\s*[+=]-*[-=+ ]*$/.test(line)) {
      // Comments, targets, other directives; table borders start a text block below.
      if (/^[+=]/.test(line.trim())) {
        const table: string[] = []
        for (; i < lines.length && !blank(lines[i]); i++) table.push(lines[i]!)
        content.push(codeBlock(table.join('\n'), 'text'))
      } else indentedFrom(i + 1, indent(line))
      continue
    }
    if (indent(line) > 0) {
      const quoted = paragraphs(indentedFrom(i, 0))
      content.push({ type: 'blockquote', content: quoted })
      continue
    }
    const list = BULLET.test(line) ? 'bulletList' : ENUMERATED.test(line) ? 'orderedList' : undefined
    if (list) {
      const marker = list === 'bulletList' ? BULLET : ENUMERATED
      const items: DocNode[] = []
      while (i < lines.length && marker.test(lines[i]!)) {
        const first = lines[i]!.replace(marker, '')
        const rest = indentedFrom(i + 1, 0)
        items.push({ type: 'listItem', content: paragraphs([first, ...rest]) })
        while (i < lines.length && blank(lines[i])) i++
      }
      content.push({ type: list, content: items })
      continue
    }
    const paragraph: string[] = []
    for (; i < lines.length && !blank(lines[i]) && indent(lines[i]!) === 0; i++) paragraph.push(lines[i]!)
    const joined = paragraph.join(' ')
    content.push({ type: 'paragraph', content: inlineContent(joined.endsWith('::') ? joined.slice(0, -1) : joined) })
    if (joined.endsWith('::')) content.push(codeBlock(indentedFrom(i, 0).join('\n').trim(), 'python'))
  }
  return { doc: { type: 'doc', content: content.filter((node) => node.content?.length !== 0) }, preamble }
}

function codeBlock(code: string, language: string): DocNode {
  return { type: 'codeBlock', attrs: { language }, content: code ? [{ type: 'text', text: code }] : [] }
}

/** Text lines split at blank lines, each run one paragraph (nested markup flattened to text). */
function paragraphs(lines: readonly string[]): DocNode[] {
  const out: DocNode[] = []
  let run: string[] = []
  for (const line of [...lines, '']) {
    if (!blank(line)) run.push(line.trim())
    else if (run.length > 0) {
      out.push({ type: 'paragraph', content: inlineContent(run.join(' ')) })
      run = []
    }
  }
  return out
}
