import { type FieldContext, type FieldProblem, fieldError, quote } from './field-problem.js'
import { PEP_TYPES, STATUSES, TOPICS } from './fields.js'

/** The listed value `text` was probably meant as, ignoring case and spaces (`draft` → `Draft`). */
function caseInsensitiveMatch(text: string, choices: readonly string[]): string | undefined {
  const key = text.toLowerCase().replace(/[\s-]+/g, ' ')
  return choices.find((choice) => choice.toLowerCase() === key)
}

function choiceMessage(field: string, text: string, choices: readonly string[]): string {
  const near = caseInsensitiveMatch(text, choices)
  if (near) return `${field} is case-sensitive: write ${quote(near)}, not ${quote(text)}.`
  return `${field} ${quote(text)} is not one of: ${choices.join(', ')}.`
}

/**
 * PEP-RULES §1 row 7: one of the nine statuses, case-sensitive; `Active` only for Process and
 * Informational PEPs, `Provisional` only for Standards Track (PEP 1).
 */
export function validateStatus(value: string, context: FieldContext): FieldProblem[] {
  const text = value.trim()
  if (!(STATUSES as readonly string[]).includes(text))
    return [fieldError('Status', 'invalid', choiceMessage('Status', text, STATUSES))]
  const type = context.preamble?.Type?.trim()
  if (text === 'Active' && type === 'Standards Track') {
    return [
      fieldError(
        'Status',
        'type-mismatch',
        'Status Active is only for Process and Informational PEPs: a Standards Track PEP ends as Final.',
      ),
    ]
  }
  if (
    text === 'Provisional' &&
    type !== undefined &&
    type !== 'Standards Track' &&
    (PEP_TYPES as readonly string[]).includes(type)
  ) {
    return [
      fieldError(
        'Status',
        'type-mismatch',
        `Status Provisional is only for Standards Track PEPs, and this one is ${type}.`,
      ),
    ]
  }
  return []
}

/** PEP-RULES §1 row 8: `Standards Track`, `Informational` or `Process`, case-sensitive. */
export function validateType(value: string): FieldProblem[] {
  const text = value.trim()
  return (PEP_TYPES as readonly string[]).includes(text)
    ? []
    : [fieldError('Type', 'invalid', choiceMessage('Type', text, PEP_TYPES))]
}

/**
 * PEP-RULES §1 row 9 (check-peps `_validate_topic`): a subset of the topic sub-indexes, Title Case,
 * separated by a comma and one space, sorted, no duplicates.
 */
export function validateTopic(value: string): FieldProblem[] {
  const text = value.trim()
  if (text.split(',').length !== text.split(', ').length) {
    return [
      fieldError(
        'Topic',
        'separator',
        'Topic must separate topics with a comma and one space, like “Governance, Packaging”.',
      ),
    ]
  }
  const topics = text.split(', ')
  const problems: FieldProblem[] = []
  for (const topic of new Set(topics)) {
    if ((TOPICS as readonly string[]).includes(topic)) continue
    const near = caseInsensitiveMatch(topic, TOPICS)
    problems.push(
      near
        ? fieldError('Topic', 'case', `Topic must be in Title Case: write ${quote(near)}, not ${quote(topic)}.`)
        : fieldError('Topic', 'invalid', `Topic ${quote(topic)} is not one of: ${TOPICS.join(', ')}.`),
    )
  }
  if (new Set(topics).size !== topics.length)
    problems.push(fieldError('Topic', 'duplicate', 'Topic lists the same topic twice.'))
  const sorted = [...topics].sort()
  if (sorted.join(', ') !== topics.join(', ')) {
    problems.push(
      fieldError('Topic', 'order', `Topic must be sorted alphabetically: write ${quote(sorted.join(', '))}.`),
    )
  }
  return problems
}
