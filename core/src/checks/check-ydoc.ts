import type * as Y from 'yjs'
import { readContent, readPreamble, readTemplateId } from '../document/ydoc.js'
import { DEFAULT_TEMPLATE_ID, findTemplate } from '../templates/registry.js'
import { type CheckOptions, check } from './check.js'
import type { CheckReport } from './problem.js'

/**
 * The check report of a live document, read from its Y.Doc. The server's `/check` route and the
 * client's checks panel both call this, so the two always agree on the same state.
 */
export function checkYDoc(ydoc: Y.Doc, options: CheckOptions): CheckReport {
  const template = findTemplate(readTemplateId(ydoc) ?? DEFAULT_TEMPLATE_ID) ?? findTemplate(DEFAULT_TEMPLATE_ID)!
  return check(readContent(ydoc), readPreamble(ydoc), template, options)
}
