import { type FieldProblem, fieldError } from './field-problem.js'
import { paragraphHazard, paragraphHazardMessage } from './paragraph-hazard.js'

/** check-peps: "PEP title must be less than 80 characters" (counted in code points, as Python does). */
const MAX_TITLE_LENGTH = 79

/** PEP-RULES §1 row 2: 1–79 characters, one paragraph to docutils. */
export function validateTitle(value: string): FieldProblem[] {
  const text = value.trim()
  const problems: FieldProblem[] = []
  const length = [...text].length
  if (length > MAX_TITLE_LENGTH) {
    problems.push(
      fieldError(
        'Title',
        'too-long',
        `Title is ${length} characters; python/peps allows at most ${MAX_TITLE_LENGTH} (PEP 1 suggests 44 or fewer).`,
      ),
    )
  }
  const hazard = paragraphHazard(text)
  if (hazard) problems.push(fieldError('Title', hazard.rule, paragraphHazardMessage('Title', text, hazard)))
  return problems
}
