import { describe, expect, it } from 'vitest'
import { importReportPlace, importReportSummary } from '../../client/src/features/start/importReportText.js'
import { RST_FILE_ACCEPT, rstFileProblem } from '../../client/src/features/start/rstFile.js'

describe('choosing a PEP’s .rst file on the start page', () => {
  it('accepts .rst and .txt files whatever their case, and offers them in the file picker', () => {
    for (const name of ['pep-0744.rst', 'PEP-0008.RST', 'pep-0001.txt']) expect(rstFileProblem({ name }), name).toBeUndefined()
    expect(RST_FILE_ACCEPT).toBe('.rst,.txt,text/x-rst,text/plain')
  })

  it('refuses any other file, naming it and the extensions that work', () => {
    expect(rstFileProblem({ name: 'pep-0744.html' })).toBe('“pep-0744.html” is not a reStructuredText file: choose a .rst or .txt file.')
    expect(rstFileProblem({ name: 'pep.rst.pdf' })).toMatch(/is not a reStructuredText file/)
  })
})

describe('the import report after opening a .rst file', () => {
  it('lists the RST importer’s warnings like the Markdown report: a count, then each on its line', () => {
    const report = { items: [{ code: 'kept-as-rst', message: 'The canonical-doc directive is kept as reStructuredText.', line: 12 }] }
    expect(importReportSummary(report)).toBe('Imported with 1 note on what changed: review it in the draft.')
    expect(importReportPlace(report.items[0]!)).toBe('Line 12')
  })
})
