import type { DocNode } from '../document/json.js'
import type { RstImportWarning } from './import-rst.js'
import type { DocumentNames, InlineContext } from './inline/index.js'
import type { TitleStyles } from './title-styles.js'

/** What parsing the body carries along: warnings, section styles seen so far, inline context. */
export interface ImportContext {
  warnings: RstImportWarning[]
  styles: TitleStyles
  /** Labels of the auto-numbered footnotes imported as `footnote` nodes: lower-cased → as written. */
  footnoteLabels: Map<string, string>
  /**
   * External `.. _name: uri` blocks, with the normalised name they define and their line; they
   * are reported once it is known whether they stay (`folded-targets.ts`).
   */
  targetBlocks: Map<DocNode, { name: string; line: number }>
  /** Empty comments (`..` alone) and their line; reported once it is known whether they stay (`separator-comments.ts`). */
  emptyComments: Map<DocNode, number>
  /** Named external hyperlink targets of the whole document, for the inline parser. */
  targets: ReadonlyMap<string, string>
  warn(code: string, message: string, line: number): void
  /** Remembers the warnings and footnotes so far; the returned function forgets later ones. */
  checkpoint(): () => void
  /** The inline parser's context for text starting on `line`. */
  inline(line: number): InlineContext
}

export function createImportContext(styles: TitleStyles, targets: ReadonlyMap<string, string>, names: DocumentNames): ImportContext {
  const warnings: RstImportWarning[] = []
  const warn = (code: string, message: string, line: number) => {
    warnings.push({ code, message, line })
  }
  const footnoteLabels = new Map<string, string>()
  return {
    warnings,
    styles,
    footnoteLabels,
    targetBlocks: new Map(),
    emptyComments: new Map(),
    targets,
    warn,
    checkpoint() {
      const count = warnings.length
      const labels = [...footnoteLabels]
      return () => {
        warnings.length = count
        footnoteLabels.clear()
        for (const [key, label] of labels) footnoteLabels.set(key, label)
      }
    },
    inline: (line) => ({ line, warn, targets, names }),
  }
}
