import type { ImportNotes } from './importReportText.js'
import { useId } from 'react'
import { importReportPlace, importReportSummary } from './importReportText.js'

/** What an import changed or kept as raw RST, item by item with its source line, or that it changed nothing. */
export function ImportReportList({ report }: { report: ImportNotes }) {
  const headingId = useId()
  return (
    <section className="import-report" aria-labelledby={headingId}>
      <h3 id={headingId}>Import report</h3>
      <p className="import-report__summary">{importReportSummary(report)}</p>
      {report.items.length > 0 && (
        <ul className="import-report__items" aria-labelledby={headingId}>
          {report.items.map((item, index) => {
            const place = importReportPlace(item)
            return (
              <li key={index} className="import-report__item" data-code={item.code}>
                {place && <span className="import-report__place">{place}: </span>}
                <span>{item.message}</span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
