import type { FieldProblem, HeaderName } from '@pepdraft/core'
import { fieldProblemsId } from './fieldIds.js'

interface FieldProblemsProps {
  name: HeaderName
  problems: readonly FieldProblem[]
}

/** The validator's messages for one header, word for word, right under the field. */
export function FieldProblems({ name, problems }: FieldProblemsProps) {
  if (problems.length === 0) return null
  return (
    <ul id={fieldProblemsId(name)} className="preamble-field__problems">
      {problems.map((problem) => (
        <li key={`${problem.code}:${problem.message}`} className={`preamble-field__problem preamble-field__problem--${problem.severity}`}>
          <span className="visually-hidden">{problem.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
          {problem.message}
        </li>
      ))}
    </ul>
  )
}

/** `aria-invalid` and `aria-describedby` for a control whose header has `problems`. */
export function problemAttributes(name: HeaderName, problems: readonly FieldProblem[]) {
  return {
    'aria-invalid': problems.some((p) => p.severity === 'error') || undefined,
    'aria-describedby': problems.length > 0 ? fieldProblemsId(name) : undefined,
  }
}
