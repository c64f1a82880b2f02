import type { Problem } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { orderProblems, problemPlace, reportSummary } from '../../client/src/features/checks/problemOrder.js'

const error = (code: string, where: Partial<Problem> = {}): Problem => ({ code, severity: 'error', message: code, ...where })
const warning = (code: string, where: Partial<Problem> = {}): Problem => ({ code, severity: 'warning', message: code, ...where })

describe('the checks panel order and summary', () => {
  it('lists errors before warnings, keeping the report order within each', () => {
    const problems = [warning('w1'), error('e1'), warning('w2'), error('e2')]
    const { errors, warnings } = orderProblems(problems)
    expect(errors.map((p) => p.code)).toEqual(['e1', 'e2'])
    expect(warnings.map((p) => p.code)).toEqual(['w1', 'w2'])
  })

  it('says "Ready to submit" only when nothing is an error, else counts both kinds', () => {
    expect(reportSummary({ ok: true, problems: [] })).toBe('Ready to submit')
    expect(reportSummary({ ok: true, problems: [warning('w')] })).toBe('Ready to submit')
    expect(reportSummary({ ok: false, problems: [error('e')] })).toBe('1 error, 0 warnings')
    expect(reportSummary({ ok: false, problems: [error('e'), error('f'), warning('w')] })).toBe('2 errors, 1 warning')
  })

  it('names where a problem is: its section, its preamble header, or the text', () => {
    expect(problemPlace(error('section.empty', { section: 'Abstract', path: [0] }))).toBe('Abstract')
    expect(problemPlace(error('preamble.pep.missing', { field: 'PEP' }))).toBe('Preamble: PEP')
    expect(problemPlace(error('links.scheme', { path: [3, 0] }))).toBe('Text')
    expect(problemPlace(error('preamble.header.unknown'))).toBeUndefined()
  })
})
