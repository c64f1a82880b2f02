import { UNSAFE, type Fix, type Unsafe, type Where } from './unsafe.js'

export interface SafeContext {
  where: Where
  /** Output just before the text (`''`: start of the text as docutils scans it). */
  before?: string
  /** Output just after the text (`''`: end of the block). */
  after?: string
}

/**
 * `text` made safe to write `where`: every row of the `UNSAFE` table listed for that place is
 * applied in table order. `before` and `after` are only looked at, never changed.
 */
export function safe(text: string, context: SafeContext): string {
  const before = context.before ?? ''
  const after = context.after ?? ''
  let result = text
  for (const row of UNSAFE) {
    if (row.where.includes(context.where)) result = applyRow(row, before, result, after)
  }
  return result
}

/**
 * Text with the characters that cannot be written at all replaced or removed (rows with the
 * `space`, `remove` and `replace` fixes), before any decision depends on where its spaces are.
 */
export function normalizeText(text: string): string {
  let result = text
  for (const row of UNSAFE) {
    if (row.where.includes('text') && NORMALIZING.has(row.fix)) result = applyRow(row, '', result, '')
  }
  return result
}

const NORMALIZING: ReadonlySet<Fix> = new Set(['space', 'remove', 'replace'])

/** Whether any row listed for `where` matches `text` (for fixes the caller applies itself). */
export function hasHazard(text: string, where: Where): boolean {
  return hazardsIn(text, where).length > 0
}

/** The rows listed for `where` that match `text`. */
export function hazardsIn(text: string, where: Where): Unsafe[] {
  return UNSAFE.filter((row) => {
    if (!row.where.includes(where)) return false
    row.pattern.lastIndex = 0
    return row.pattern.test(text)
  })
}

function applyRow(row: Unsafe, before: string, text: string, after: string): string {
  const haystack = before + text + after
  const start = before.length
  const end = start + text.length
  let out = ''
  let last = start
  for (const match of haystack.matchAll(row.pattern)) {
    const at = match.index
    if (at < start || at + match[0].length > end || at < last) continue
    out += haystack.slice(last, at) + fixed(row.fix, match[0])
    last = at + match[0].length
  }
  return out + haystack.slice(last, end)
}

function fixed(fix: Fix, hazard: string): string {
  switch (fix) {
    case 'escape':
      return `\\${hazard}`
    case 'escaped-space':
      return `\\ ${hazard}`
    case 'space':
      return ' '
    case 'remove':
      return ''
    case 'replace':
      return '\uFFFD'
    case 'percent':
      return encodeURIComponent(hazard)
    case 'literal-role':
      return hazard
  }
}
