import type { Handler } from '../state.js'
import type { RstInlineNode } from '../tree.js'

/**
 * Imported source written back verbatim: it was valid where it stood, and `phrasing()` adds an
 * escaped space where a neighbouring word would glue to it (docutils start-string and end-string
 * rules), so it reads back as the same construct.
 */
export const rstInline: Handler<RstInlineNode> = (node) => node.source
