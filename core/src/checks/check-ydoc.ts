import type * as Y from 'yjs'
import { readContent, readPreamble, readTemplateId } from '../document/ydoc.js'
import { checkedTemplate } from '../templates/checked-template.js'
import { type CheckOptions, check } from './check.js'
import type { CheckReport } from './problem.js'

/**
 * The check report of a live document, read from its Y.Doc. The server's `/check` route and the
 * client's checks panel both call this, so the two always agree on the same state.
 */
export function checkYDoc(ydoc: Y.Doc, options: CheckOptions): CheckReport {
  const preamble = readPreamble(ydoc)
  return check(readContent(ydoc), preamble, checkedTemplate(preamble, readTemplateId(ydoc)), options)
}
