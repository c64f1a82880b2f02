import type { DocumentNames } from './document-names.js'

/**
 * What the inline parser needs from the block importer for one run of inline text (a paragraph,
 * a title, a list item's paragraph, a table cell, a definition, a header value…).
 */
export interface InlineContext {
  /** 1-based source line of the text's first line (line breaks inside the text count from it). */
  line: number
  /** Reports a construct kept as `rstInline` or changed; `line` is 1-based in the source. */
  warn(code: string, message: string, line: number): void
  /**
   * Named hyperlink targets of the whole document, `.. _name: uri`, keyed by docutils' normalised
   * reference name (`nodes.fully_normalize_name`: lower-cased, whitespace runs collapsed to one
   * space, trimmed). External targets only (a URI); leave out internal targets (`.. _name:`
   * before a section) and indirect ones (`.. _a: b_`). A reference `name_`, `` `name`_ `` or
   * `` `text <name_>`__ `` to one of them becomes a link; any other named reference stays
   * `rstInline`. Absent: all stay.
   */
  targets?: ReadonlyMap<string, string>
  /**
   * `documentNames(source)` of the whole file (exported here), computed once per document. With
   * it, `` `text <uri>`_ `` becomes a link when no other construct needs the name "text";
   * absent, that form stays `rstInline`.
   */
  names?: DocumentNames
  /**
   * Auto-numbered footnotes `.. [#label]` imported as `footnote` nodes, by label lower-cased.
   * When given, `[#label]_` to any other label stays `rstInline` (the exporter drops a reference
   * whose footnote is not a `footnote` node). Absent: every `[#label]_` becomes a
   * `footnoteReference`, and the block importer must turn the ones left unresolved at the end of
   * the document back into `rstInline` `[#label]_` (footnotes usually follow their references).
   */
  footnotes?: ReadonlySet<string>
}

/** What resolving references needs from the context. */
export type ReferenceContext = Pick<InlineContext, 'targets' | 'names'>

/** One inline construct the parser found, before it becomes ProseMirror JSON. */
export type InlineToken =
  /** Running text, escapes already resolved. */
  | { kind: 'text'; text: string }
  | { kind: 'mark'; mark: 'bold' | 'italic' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'footnote'; label: string }
  /** Source kept verbatim; `offset` is where it starts in the text, `why` names the construct. */
  | { kind: 'raw'; source: string; offset: number; why: string }
