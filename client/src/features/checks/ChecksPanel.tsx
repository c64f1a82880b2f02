import { DEFAULT_TEMPLATE_ID, findTemplate, type HeaderName, type Problem, readTemplateId, type Template } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { jumpToProblem } from './jumpToProblem.js'
import { ProblemItem } from './ProblemItem.js'
import { count, orderProblems, reportSummary } from './problemOrder.js'
import { restoreSection } from './restoreSection.js'
import { useCheckReport } from './useCheckReport.js'
import './checks.css'

interface ChecksPanelProps {
  ydoc: Y.Doc
  editor: Editor
  editable: boolean
  revealField: (name: HeaderName) => void
}

/**
 * What python/peps and PEP 1 would reject in the draft right now, errors first. Each problem leads to
 * its place; a missing required section can be put back in one click.
 */
export function ChecksPanel({ ydoc, editor, editable, revealField }: ChecksPanelProps) {
  const report = useCheckReport(ydoc)
  const template = useMemo(() => documentTemplate(ydoc), [ydoc])
  const { errors, warnings } = orderProblems(report.problems)
  const jump = (problem: Problem) => jumpToProblem(problem, { editor, template, revealField })
  const restore = (section: string) => restoreSection(editor, template, section)
  const item = (problem: Problem, i: number) => (
    <ProblemItem
      key={`${i}:${problem.code}:${problem.message}`}
      problem={problem}
      onJump={jump}
      onRestore={editable && problem.code === 'section.missing' ? restore : undefined}
    />
  )
  return (
    <aside className="checks-panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading" className="checks-panel__heading">
        Submission checks
      </h2>
      <p role="status" className={report.ok ? 'checks-panel__summary checks-panel__summary--ok' : 'checks-panel__summary'}>
        {reportSummary(report)}
        {report.ok && warnings.length > 0 && <span className="checks-panel__aside"> ({count(warnings.length, 'warning')} to consider)</span>}
      </p>
      {errors.length > 0 && (
        <section aria-labelledby="checks-errors" className="checks-panel__group">
          <h3 id="checks-errors">Errors</h3>
          <ul className="checks-panel__list">{errors.map(item)}</ul>
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="checks-warnings" className="checks-panel__group">
          <h3 id="checks-warnings">Warnings</h3>
          <ul className="checks-panel__list">{warnings.map(item)}</ul>
        </section>
      )}
    </aside>
  )
}

/** The template the document was created from, resolved as `checkYDoc` resolves it (set at creation). */
function documentTemplate(ydoc: Y.Doc): Template {
  const template = findTemplate(readTemplateId(ydoc) ?? DEFAULT_TEMPLATE_ID) ?? findTemplate(DEFAULT_TEMPLATE_ID)
  if (!template) throw new Error(`The default template ${JSON.stringify(DEFAULT_TEMPLATE_ID)} is missing`)
  return template
}
