import {
  DEFAULT_TEMPLATE_ID,
  findTemplate,
  HEADER_ORDER,
  listTemplates,
  type Preamble,
  type RstImport,
  type SeedContent,
  type Template,
} from '@pepdraft/core'

/** One line of the import report the API returns: the importer's warnings plus the server's own notes. */
export interface RstReportItem {
  code: string
  message: string
  line?: number
}

export interface RstDocument {
  template: Template
  content: SeedContent
  report: { items: RstReportItem[] }
}

/**
 * What an imported `.rst` becomes: the template its Type header names (unless the request chose
 * one), its preamble exactly as written, and its document in place of the template's sections.
 * A file without a PEP preamble is still imported (a pre-PEP kept as RST is worth opening), on the
 * default template's preamble, with a note saying so.
 */
export function rstDocument(imported: RstImport, requested: Template | undefined): RstDocument {
  const notes: RstReportItem[] = []
  const { preamble } = imported
  const isPep = preamble.PEP !== undefined || preamble.Title !== undefined
  const type = preamble.Type?.trim()
  const named = type ? listTemplates().find((t) => t.preamble.Type === type) : undefined
  const template = requested ?? named ?? findTemplate(DEFAULT_TEMPLATE_ID)!

  if (!isPep) {
    notes.push({
      code: 'preamble-missing',
      message: `The file has no PEP preamble (PEP:, Title:, Author: … lines at the top): it was imported as a ${template.name} draft; fill in the preamble form.`,
      line: 1,
    })
  } else if (!requested && !named) {
    notes.push({
      code: 'type-unknown',
      message: `${type ? `Type “${type}” is not a PEP type` : 'The preamble has no Type'}: the sections are checked against the ${template.name} template.`,
      line: 1,
    })
  } else if (requested && type && requested.preamble.Type !== type) {
    notes.push({
      code: 'type-differs-from-template',
      message: `The file says Type: ${type}, but the sections are checked against the ${requested.name} template (Type: ${requested.preamble.Type}).`,
      line: 1,
    })
  }

  return {
    template,
    content: { doc: imported.doc, preamble: isPep ? exactly(preamble) : preamble },
    report: { items: [...notes, ...imported.warnings] },
  }
}

/**
 * The headers the file has, and no others: seeding fills in the template's defaults and today's
 * Created unless told otherwise, and a published PEP must not gain a `Discussions-To: Pending` or a
 * new Created date on the way in. An `undefined` header is one seeding leaves out.
 */
function exactly(preamble: Preamble): Preamble {
  const absent: Preamble = Object.fromEntries(HEADER_ORDER.map((name) => [name, undefined]))
  return { ...absent, ...preamble }
}
