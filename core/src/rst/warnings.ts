/**
 * What the exporter changed or dropped to produce a file docutils accepts. Warnings are values,
 * never thrown: a draft always exports. `path` locates the source node in the document JSON
 * (indices into `content`, e.g. `content.3.content.0`), or names the header (`preamble.Author`).
 */
export interface RstWarning {
  code: RstWarningCode
  message: string
  path?: string
}

/** Stable codes: clients and the strict export key on them. */
export const RST_WARNING_CODES = [
  /** Two or more marks on one run; RST cannot nest inline markup, the outer one was kept. */
  'nested-marks',
  /** A mark other than bold, italic, code, link and comment was dropped. */
  'unsupported-mark',
  /** A PEP/RFC link whose text was not "PEP N": the text was kept and the role appended. */
  'link-text-kept',
  /** A `#fragment` on a PEP link: `:pep:` cannot point inside a PEP. */
  'pep-anchor-dropped',
  /** A link without a URL became plain text. */
  'link-without-url',
  /** A heading skipped a level (docutils: "title level inconsistent"); it was raised. */
  'heading-level-raised',
  /** A heading inside a list, quote, table, note or footnote became a paragraph. */
  'heading-not-top-level',
  /** A heading with no text was dropped. */
  'empty-heading',
  /** A code block, note or warning with no content was dropped (docutils: content expected). */
  'empty-block',
  /** A code block language Pygments does not know; exported as `text`. */
  'unknown-code-language',
  /** Leading indentation common to every code line; docutils strips it. */
  'code-indentation-removed',
  /** A table cell spanning rows or columns; `list-table` cannot span, the cell was repeated as empty cells. */
  'table-span',
  /** An imported table's `:widths:` no longer matching its columns (one was added or removed); none written. */
  'table-widths-dropped',
  /** Footnote label changed to a docutils reference name, or deduplicated. */
  'footnote-label',
  /** A footnote reference with no matching footnote was dropped. */
  'footnote-missing',
  /** A footnote no reference points to (Sphinx warns about it). */
  'footnote-unreferenced',
  /** A header value that docutils would read as an enumeration (`A. Person`), escaped. */
  'header-escaped',
  /** A PEP-number list (Requires, Replaces) docutils cannot read; left out. */
  'header-invalid',
  /** A required header is missing or empty. */
  'header-missing',
  /** A header name not in PEP 1's list was left out. */
  'header-unknown',
] as const

export type RstWarningCode = (typeof RST_WARNING_CODES)[number]

/** Collects warnings while the tree is built. */
export interface WarningSink {
  warn(code: RstWarningCode, message: string, path?: string): void
}

export function createWarningSink(): WarningSink & { readonly warnings: RstWarning[] } {
  const warnings: RstWarning[] = []
  return {
    warnings,
    warn(code, message, path) {
      warnings.push(path === undefined ? { code, message } : { code, message, path })
    },
  }
}

/** The warning path of child `index` of the node at `path` (`''` is the document). */
export function childPath(path: string, index: number): string {
  return path === '' ? `content.${index}` : `${path}.content.${index}`
}
