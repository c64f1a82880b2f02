import { type FieldProblem, fieldError, fieldWarning, quote } from './field-problem.js'
import type { HeaderName } from './fields.js'

const MAX_PEP = 9999

/**
 * Why `text` is not a PEP number, or undefined when it is one: PEP-RULES §1 row 1 (and check-peps'
 * `_pep_num`): ASCII digits, 0–9999, no leading zeros (`PEP: 12`, not `0012`).
 */
export function pepNumberProblem(text: string): { rule: string; reason: string } | undefined {
  if (!/^[0-9]+$/.test(text)) {
    const hint = /^pep[\s-]*\d+$/i.test(text)
      ? `: write only the number, ${text.replace(/\D/g, '').replace(/^0+(?=\d)/, '')}`
      : ''
    return { rule: 'format', reason: `${quote(text)} is not a number${hint}` }
  }
  if (text.length > 1 && text.startsWith('0')) {
    return { rule: 'leading-zero', reason: `${quote(text)} has leading zeros: write ${text.replace(/^0+(?=\d)/, '')}` }
  }
  if (Number(text) > MAX_PEP)
    return { rule: 'range', reason: `${text} is out of range: PEP numbers go from 0 to ${MAX_PEP}` }
  return undefined
}

/** PEP-RULES §1 row 1: `PEP: 12`. */
export function validatePepNumber(value: string): FieldProblem[] {
  const problem = pepNumberProblem(value.trim())
  return problem
    ? [fieldError('PEP', problem.rule, `PEP must be the PEP number (0–${MAX_PEP}): ${problem.reason}.`)]
    : []
}

/**
 * PEP-RULES §1 rows 10, 14, 15: `Requires`, `Replaces`, `Superseded-By` hold PEP numbers separated
 * by a comma and one space (`Requires: 489, 573, 630`).
 */
export function validatePepReferences(field: HeaderName, value: string): FieldProblem[] {
  const text = value.trim()
  if (text.endsWith(',')) return [fieldError(field, 'separator', `${field} ends with a comma: remove it.`)]
  if (text.split(',').length !== text.split(', ').length) {
    return [
      fieldError(field, 'separator', `${field} must separate PEP numbers with a comma and one space, like “489, 573”.`),
    ]
  }
  const problems: FieldProblem[] = []
  const seen = new Set<string>()
  for (const reference of text.split(', ')) {
    const problem = pepNumberProblem(reference)
    if (problem) problems.push(fieldError(field, problem.rule, `${field} must list PEP numbers: ${problem.reason}.`))
    else if (seen.has(reference))
      problems.push(fieldWarning(field, 'duplicate', `${field} lists PEP ${reference} twice.`))
    seen.add(reference)
  }
  return problems
}
