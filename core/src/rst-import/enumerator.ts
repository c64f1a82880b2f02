import { ENUMERATOR } from './patterns.js'
import { indentOf, isBlank, type SourceLine } from './source-line.js'

export type EnumFormat = 'parens' | 'rparen' | 'period'
export type EnumSequence = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman' | '#'

/** An enumerated list marker as docutils reads it (`Body.parse_enumerator`). */
export interface Enumerator {
  format: EnumFormat
  sequence: EnumSequence
  /** The item's number; 0 when it cannot be computed (docutils then rejects the item). */
  ordinal: number
  prefix: string
  suffix: string
  /** Columns of the marker and the spaces after it. */
  width: number
}

const SEQUENCES: readonly [EnumSequence, RegExp][] = [
  ['arabic', /^[0-9]+$/],
  ['loweralpha', /^[a-z]$/],
  ['upperalpha', /^[A-Z]$/],
  ['lowerroman', /^[ivxlcdm]+$/],
  ['upperroman', /^[IVXLCDM]+$/],
]

export function enumerator(text: string, expected?: EnumSequence): Enumerator | undefined {
  const match = ENUMERATOR.exec(text)
  if (!match) return undefined
  const [format, prefix, value, suffix]: [EnumFormat, string, string, string] =
    match[2] !== undefined ? ['parens', '(', match[2], ')'] : match[5] !== undefined ? ['rparen', '', match[5], ')'] : ['period', '', match[8]!, '.']
  const sequence = sequenceOf(value, expected)
  if (!sequence) return undefined
  return { format, sequence, ordinal: ordinalOf(value, sequence), prefix, suffix, width: match[0].length }
}

function sequenceOf(value: string, expected: EnumSequence | undefined): EnumSequence | undefined {
  if (value === '#') return '#'
  if (expected && expected !== '#' && SEQUENCES.find(([name]) => name === expected)?.[1].test(value)) return expected
  // docutils: a lone `i` or `I` is roman, other single letters alphabetic.
  if (value === 'i') return 'lowerroman'
  if (value === 'I') return 'upperroman'
  return SEQUENCES.find(([, pattern]) => pattern.test(value))?.[0]
}

function ordinalOf(value: string, sequence: EnumSequence): number {
  if (sequence === '#') return 1
  if (sequence === 'arabic') return Number.parseInt(value, 10)
  if (sequence === 'loweralpha' || sequence === 'upperalpha') return value.toLowerCase().charCodeAt(0) - 96
  return romanValue(value.toUpperCase())
}

function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!
    const next = values[text[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/**
 * docutils `is_enumerated_list_item`: a marker starts an item only when the next line is blank,
 * indented, or starts with the next marker of the sequence; otherwise the line is a paragraph.
 */
export function isEnumeratedListItem(lines: readonly SourceLine[], at: number, item: Enumerator): boolean {
  const next = lines[at + 1]
  if (next === undefined || isBlank(next) || indentOf(next) > 0) return true
  const candidates = [`${item.prefix}#${item.suffix}`]
  const following = valueOf(item.ordinal + 1, item.sequence)
  if (following !== undefined) candidates.push(`${item.prefix}${following}${item.suffix}`)
  return candidates.some((candidate) => next.text.startsWith(candidate))
}

/** docutils `make_enumerator`: how `ordinal` is written in `sequence`. */
function valueOf(ordinal: number, sequence: EnumSequence): string | undefined {
  if (sequence === 'arabic') return String(ordinal)
  if (sequence === 'loweralpha' || sequence === 'upperalpha') {
    if (ordinal > 26) return undefined
    const letter = String.fromCharCode(96 + ordinal)
    return sequence === 'upperalpha' ? letter.toUpperCase() : letter
  }
  if (sequence === 'lowerroman' || sequence === 'upperroman') {
    const roman = toRoman(ordinal)
    return sequence === 'lowerroman' ? roman.toLowerCase() : roman
  }
  return undefined
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ]
  let out = ''
  let rest = value
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral
      rest -= amount
    }
  }
  return out
}
