import { type DocNode, findTemplate, fromMarkdown, type ImportReportCode, type MarkdownImport, type Template } from '@pepdraft/core'

/** Standards Track unless a test asks for another template. */
export function importMarkdown(markdown: string, templateId = 'standards-track'): MarkdownImport {
  const template = findTemplate(templateId) as Template
  return fromMarkdown(markdown, { template })
}

/** The report codes, in report order. */
export function codes(result: MarkdownImport): ImportReportCode[] {
  return result.report.items.map((item) => item.code)
}

/** The blocks of the section titled `title` (up to the next level-1 heading). */
export function sectionBody(doc: DocNode, title: string): DocNode[] {
  const content = doc.content ?? []
  const start = content.findIndex((node) => node.type === 'heading' && node.attrs?.level === 1 && headingText(node) === title)
  if (start < 0) throw new Error(`No section ${JSON.stringify(title)} in ${JSON.stringify(content.map(headingText))}`)
  const end = content.findIndex((node, i) => i > start && node.type === 'heading' && node.attrs?.level === 1)
  return content.slice(start + 1, end < 0 ? undefined : end)
}

/** The level-1 heading titles, in order. */
export function sectionTitles(doc: DocNode): string[] {
  return (doc.content ?? []).filter((node) => node.type === 'heading' && node.attrs?.level === 1).map(headingText)
}

export function headingText(node: DocNode): string {
  return (node.content ?? []).map((child) => child.text ?? '').join('')
}

/** The first block of the first template section (Abstract), where a headingless draft lands. */
export function firstBlock(markdown: string): DocNode | undefined {
  return sectionBody(importMarkdown(markdown).doc, 'Abstract')[0]
}
