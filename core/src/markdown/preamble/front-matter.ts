import type { Yaml } from 'mdast'
import { isMap, isScalar, parseDocument } from 'yaml'
import type { ReportSink } from '../report.js'
import type { RawHeader } from './header-names.js'

/**
 * A YAML front matter block (`---` fenced, first thing in the file, as HackMD, Jekyll and
 * GitHub write it) as header pairs. The failsafe schema reads every scalar as written, so
 * `Python-Version: 3.10` stays "3.10" rather than the number 3.1.
 */
export function frontMatterHeaders(node: Yaml, report: ReportSink): RawHeader[] {
  const firstLine = (node.position?.start.line ?? 1) + 1
  const parsed = parseDocument(node.value, { schema: 'failsafe', prettyErrors: false })
  const error = parsed.errors[0]
  if (error || (parsed.contents !== null && !isMap(parsed.contents))) {
    const why = error ? error.message.split('\n')[0] : 'it is not a list of `key: value` pairs'
    report.add('front-matter-invalid', `The front matter was left out: ${why}.`, firstLine - 1, node.value)
    return []
  }
  if (!parsed.contents) return []
  const lines = node.value.split('\n')
  return parsed.contents.items.map((pair): RawHeader => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const range = isScalar(pair.key) ? pair.key.range : undefined
    const offset = range ? range[0] : -1
    const index = offset < 0 ? -1 : node.value.slice(0, offset).split('\n').length - 1
    const source = pairSource(pair.key, pair.value, node.value) || `${key}: ${String(pair.value)}`
    const header: RawHeader = { key, value: (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null, source }
    if (index >= 0 && index < lines.length) header.line = firstLine + index
    return header
  })
}

/** The text of one pair as written in the block, newlines folded. */
function pairSource(key: unknown, value: unknown, text: string): string {
  const start = (key as { range?: [number, number, number] } | null)?.range?.[0]
  const end = (value as { range?: [number, number, number] } | null)?.range?.[1] ?? (key as { range?: [number, number, number] } | null)?.range?.[1]
  if (start === undefined || end === undefined) return ''
  return text.slice(start, end).replace(/\s*\n\s*/g, ' ').trim()
}
