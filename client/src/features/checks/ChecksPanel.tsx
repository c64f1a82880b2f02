import { checkedTemplate, type HeaderName, type Problem, readPreamble, readTemplateId } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
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
  // Re-read on every render (each report update renders): a Type change switches the template.
  const template = checkedTemplate(readPreamble(ydoc), readTemplateId(ydoc))
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
