import { displayWidth } from '../display-width.js'
import { indent } from '../indent.js'
import { safe } from '../safe.js'
import { LINE_WIDTH, type Handler, type State } from '../state.js'
import type { PreambleField, PreambleNode } from '../tree.js'
import { expandTabs } from '../expand-tabs.js'

/**
 * PEP-RULES.md §1: one `Name: value` line per header, no blank line inside. A list (Author,
 * Post-History) that would pass column 79 continues on lines indented under the value, every
 * line but the last ending with `,`. docutils' PEP reader parses each value as one paragraph,
 * so it is escaped like one. An imported header left unchanged is written as the file had it.
 */
export const preamble: Handler<PreambleNode> = (node, state) => node.fields.map((field) => header(field, state)).join('\n')

function header(field: PreambleField, state: State): string {
  if (field.written) return asWritten(field.name, field.written)
  const prefix = `${field.name}: `
  const items = field.items.map((item) => state.inline(item))
  const lines: string[] = []
  let line = items[0] ?? ''
  for (const item of items.slice(1)) {
    if (displayWidth(prefix + line + ', ' + item) <= LINE_WIDTH) line += `, ${item}`
    else {
      lines.push(`${line},`)
      line = item
    }
  }
  lines.push(line)
  const value = lines.map((text, i) => {
    const escaped = safe(text, { where: i === 0 ? 'firstLine' : 'line' })
    return i === lines.length - 1 ? safe(escaped, { where: 'lastLine' }) : escaped
  })
  const [first = '', ...rest] = value
  return rest.length > 0 ? `${prefix}${first}\n${indent(rest.join('\n'), prefix.length)}` : `${prefix}${first}`
}

/** The lines as the imported file had them, without trailing spaces and tabs (docutils: tab stops every 8 columns). */
function asWritten(name: string, lines: readonly string[]): string {
  const [first = '', ...rest] = lines.map((line) => expandTabs(line).trimEnd())
  return [first === '' ? `${name}:` : `${name}: ${first}`, ...rest].join('\n')
}
