import { formatPepDate } from './dates.js'
import { type FieldContext, type FieldProblem, fieldError, quote } from './field-problem.js'
import type { HeaderName } from './fields.js'
import { parsePepDate } from './parse-pep-date.js'

/** check-peps: a PEP date "must not be before Python was invented". */
const EARLIEST_YEAR = 1990
/** check-peps: a date is "in the future" when it is more than 14 days after today. */
const FUTURE_GRACE_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The problems of one PEP date (PEP-RULES §1 rows 11, 13, 16). `label` names the date in messages
 * ("Created", "Post-History entry 2"); `rulePrefix` keeps codes distinct per field
 * (`preamble.created.format`, `preamble.post-history.date-format`).
 */
export function dateProblems(
  field: HeaderName,
  rulePrefix: string,
  label: string,
  text: string,
  today: Date | undefined,
): FieldProblem[] {
  const parsed = parsePepDate(text)
  if (!parsed.ok) {
    const fix = parsed.suggestion ? `: write ${parsed.suggestion}` : ''
    return [fieldError(field, `${rulePrefix}format`, `${label} ${quote(text)} ${parsed.reason}${fix}.`)]
  }
  if (parsed.date.getUTCFullYear() < EARLIEST_YEAR) {
    return [
      fieldError(
        field,
        `${rulePrefix}too-early`,
        `${label} ${text} is before ${EARLIEST_YEAR}, before Python existed: check the year.`,
      ),
    ]
  }
  if (today && parsed.date.getTime() > today.getTime() + FUTURE_GRACE_DAYS * DAY_MS) {
    return [
      fieldError(
        field,
        `${rulePrefix}future`,
        `${label} ${text} is in the future (today is ${formatPepDate(today)}; python/peps allows at most ${FUTURE_GRACE_DAYS} days ahead).`,
      ),
    ]
  }
  return []
}

/** PEP-RULES §1 row 11: `Created: DD-Mmm-YYYY`, not before 1990, not in the future. */
export function validateCreated(value: string, context: FieldContext): FieldProblem[] {
  return dateProblems('Created', '', 'Created', value.trim(), context.today)
}
