import type { Problem } from '../checks/problem.js'
import type { HeaderName, Preamble } from './fields.js'

/** A problem with one preamble header: the form shows it under that field as the user types. */
export type FieldProblem = Problem & { field: HeaderName }

/**
 * What a field rule may need beyond its own value. Without `today` the "not in the future" rule is
 * skipped; without `preamble` the rules that compare two headers (Status against Type) are skipped.
 */
export interface FieldContext {
  today?: Date
  preamble?: Preamble
}

/** `preamble.discussions-to.post-url`: the header name lowercased, then the rule. */
export function fieldCode(field: HeaderName, rule: string): string {
  return `preamble.${field.toLowerCase()}.${rule}`
}

export function fieldError(field: HeaderName, rule: string, message: string): FieldProblem {
  return { code: fieldCode(field, rule), severity: 'error', message, field }
}

export function fieldWarning(field: HeaderName, rule: string, message: string): FieldProblem {
  return { code: fieldCode(field, rule), severity: 'warning', message, field }
}

/** Quotes a value the user typed, so messages show exactly what was read (spaces included). */
export function quote(value: string): string {
  return `“${value}”`
}
