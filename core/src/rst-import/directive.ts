import type { DocNode } from '../document/json.js'
import { codeLanguage } from '../rst/code-languages.js'
import { ADMONITION_KINDS } from '../schema/nodes/admonition.js'
import { firstKnownIndented } from './first-known-indented.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { listTable } from './list-table.js'
import { codeBlockNode } from './literal-block.js'
import { parseBlocks } from './parse-blocks.js'
import { dedent, isBlank, minIndent, type SourceLine, trimBlankLines } from './source-line.js'

/** docutils registers `code`, with `code-block` and `sourcecode` as its English aliases. */
const CODE_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode'])

/** A directive option line (`:class: x`), which our nodes cannot keep. */
const OPTION = /^:[^: ][^:]*:( |$)/

/**
 * A directive (`.. name:: …`). `note` and `warning` without options become admonitions, `code`
 * with one language Pygments knows and no options becomes a code block, `list-table` as export
 * writes it becomes a table; every other directive (Sphinx's `canonical-doc`, `image`,
 * `contents`…) is kept as source.
 */
export function directive(name: string, lines: readonly SourceLine[], start: number, end: number, width: number, ctx: ImportContext): DocNode {
  const source = lines.slice(start, end)
  const kind = name.toLowerCase()
  if ((ADMONITION_KINDS as readonly string[]).includes(kind)) {
    const body = firstKnownIndented(lines, start, end, width)
    const firstBlank = body.findIndex((l) => isBlank(l))
    const head = firstBlank < 0 ? body : body.slice(0, firstBlank)
    if (body.length > 0 && !head.some((l) => OPTION.test(l.text))) {
      const restore = ctx.checkpoint()
      const content = parseBlocks(body, ctx, false)
      if (content.length > 0 && !content.some((node) => node.type === 'heading')) return { type: 'admonition', attrs: { kind }, content }
      restore()
    }
    return keepAsRst(source, `${kind} with options or unusual content`, ctx)
  }
  if (CODE_DIRECTIVES.has(kind)) {
    const language = lines[start]!.text.slice(width).trim()
    const rest = lines.slice(start + 1, end)
    const code = trimBlankLines(rest)
    // A language Pygments knows under that exact name, then a blank line (no options).
    if (language !== '' && !/\s/.test(language) && codeLanguage(language) === language && isBlank(rest[0]) && code.length > 0) {
      const text = dedent(code, minIndent(code))
        .map((l) => l.text)
        .join('\n')
      return codeBlockNode(text, language)
    }
    return keepAsRst(source, `${name} directive with options or an unusual language`, ctx)
  }
  if (kind === 'list-table') return listTable(lines, start, end, width, ctx)
  return keepAsRst(source, `${name} directive`, ctx)
}
