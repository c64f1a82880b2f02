import { type FieldProblem, fieldError, fieldWarning } from './field-problem.js'
import { type HeaderName, REQUIRED_HEADERS } from './fields.js'

/** What to write in a required header, said when it is missing (PEP-RULES §1, PEP 1). */
const MISSING: Partial<Record<HeaderName, string>> = {
  PEP: 'PEP is required: the number of this PEP (the PEP editors confirm or assign it, PEP 1).',
  Title: 'Title is required: a short descriptive title of at most 79 characters.',
  Author: 'Author is required: at least one author, written Name <email> or Name.',
  Status: 'Status is required: a new PEP is Draft.',
  Type: 'Type is required: Standards Track, Informational or Process.',
  Created: 'Created is required: the date the PEP got its number, DD-Mmm-YYYY.',
}

/** The problems of an unset or blank header: required, expected by PEP 1, optional, or allowed empty. */
export function emptyValueProblems(name: HeaderName, value: unknown): FieldProblem[] {
  if (REQUIRED_HEADERS.includes(name)) return [fieldError(name, 'missing', MISSING[name] ?? `${name} is required.`)]
  const unset = value === undefined || value === null
  // PEP 1 asks for both; python/peps' linter does not, so their absence is a warning.
  if (name === 'Discussions-To' && unset) {
    return [
      fieldWarning(name, 'missing', 'PEP 1 asks for Discussions-To: write Pending until the discussion thread exists.'),
    ]
  }
  if (name === 'Post-History' && unset) {
    return [
      fieldWarning(
        name,
        'missing',
        'PEP 1 asks for Post-History: keep it (empty or Pending) until the PEP is posted for discussion.',
      ),
    ]
  }
  // PEP-RULES §1: only PEP-Delegate and Post-History may be empty; any other empty header fails.
  if (unset || name === 'PEP-Delegate' || name === 'Post-History') return []
  return [
    fieldError(
      name,
      'empty',
      `An empty ${name} header fails the python/peps build: fill it in or leave the header out.`,
    ),
  ]
}

export function isBlank(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

function isRecordOf(value: unknown, required: string, optional: string): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record[required] === 'string' && (record[optional] === undefined || typeof record[optional] === 'string')
  )
}

/** A value of the wrong kind (the map is shared, so anything can be in it), or undefined. */
export function valueShapeProblem(name: HeaderName, value: unknown): FieldProblem | undefined {
  const [ok, expected] =
    name === 'Author'
      ? [
          Array.isArray(value) && value.every((v) => isRecordOf(v, 'name', 'email')),
          'a list of people ({name, email?})',
        ]
      : name === 'Post-History'
        ? [Array.isArray(value) && value.every((v) => isRecordOf(v, 'date', 'url')), 'a list of entries ({date, url?})']
        : [typeof value === 'string', 'text']
  if (ok) return undefined
  return fieldError(
    name,
    'invalid-value',
    `${name} holds a value of the wrong kind (${JSON.stringify(value)}); expected ${expected}.`,
  )
}

/** All the text a header value holds, for rules that apply to any text (direct PEP links). */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    return value
      .flatMap((v) => Object.values(v as Record<string, unknown>).filter((s) => typeof s === 'string'))
      .join('\n')
  }
  return ''
}
