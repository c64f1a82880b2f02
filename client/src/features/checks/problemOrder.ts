import type { CheckReport, Problem } from '@pepdraft/core'

/** Errors, then warnings; within each, the report's own order (preamble, sections, structure, links). */
export function orderProblems(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  }
}

/** The one-line verdict: "Ready to submit" only when nothing blocks (warnings never do). */
export function reportSummary(report: CheckReport): string {
  const { errors, warnings } = orderProblems(report.problems)
  if (report.ok) return 'Ready to submit'
  return `${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}`
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Where a problem is, in the words of the page: a section title, a preamble header, or the text. */
export function problemPlace(problem: Problem): string | undefined {
  if (problem.section) return problem.section
  if (problem.field) return `Preamble: ${problem.field}`
  if (problem.path) return 'Text'
  return undefined
}
