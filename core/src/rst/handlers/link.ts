import { safe } from '../safe.js'
import type { Handler } from '../state.js'
import type { LinkNode } from '../tree.js'

/** PEP-RULES.md §3: `` `text <https://…>`__ ``, anonymous (two underscores); no text shows the URL. */
export const link: Handler<LinkNode> = (node) => {
  const url = safe(node.url, { where: 'url' })
  const text = safe(node.text, { where: 'linkText' })
  return text === '' ? `\`<${url}>\`__` : `\`${text} <${url}>\`__`
}
