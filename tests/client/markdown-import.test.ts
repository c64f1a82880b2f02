import { describe, expect, it } from 'vitest'
import { importReportPlace, importReportSummary } from '../../client/src/features/start/importReportText.js'
import { MARKDOWN_FILE_ACCEPT, markdownFileProblem } from '../../client/src/features/start/markdownFile.js'

describe('choosing a Markdown file on the start page', () => {
  it('accepts .md, .markdown and .txt files whatever their case, and offers them in the file picker', () => {
    for (const name of ['pep.md', 'PEP-9999.MD', 'draft.markdown', 'notes.txt']) expect(markdownFileProblem({ name }), name).toBeUndefined()
    expect(MARKDOWN_FILE_ACCEPT).toBe('.md,.markdown,.txt,text/markdown,text/plain')
  })

  it('refuses any other file, naming it and the extensions that work', () => {
    expect(markdownFileProblem({ name: 'proposal.docx' })).toBe('“proposal.docx” is not a Markdown file: choose a .md, .markdown or .txt file.')
    expect(markdownFileProblem({ name: 'md' })).toMatch(/^“md” is not a Markdown file/)
    expect(markdownFileProblem({ name: 'pep.md.pdf' })).toMatch(/is not a Markdown file/)
  })
})

describe('the import report after a Markdown import', () => {
  it('says "Imported without changes" when the report is empty, else how many notes to review', () => {
    expect(importReportSummary({ items: [] })).toBe('Imported without changes')
    expect(importReportSummary({ items: [{ code: 'html', message: 'm', line: 3 }] })).toBe('Imported with 1 note on what changed: review it in the draft.')
    expect(importReportSummary({ items: [{ code: 'html', message: 'm' }, { code: 'image', message: 'n' }] })).toMatch(/^Imported with 2 notes .*review them/)
  })

  it('places an item on its Markdown source line, and a whole-draft item nowhere', () => {
    expect(importReportPlace({ code: 'image', message: 'm', line: 12 })).toBe('Line 12')
    expect(importReportPlace({ code: 'type-differs-from-template', message: 'm' })).toBeUndefined()
  })
})
