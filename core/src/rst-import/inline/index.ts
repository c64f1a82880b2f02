export { parseInline } from './parse-inline.js'
export type { InlineContext } from './inline-context.js'
export { documentNames, type DocumentNames } from './document-names.js'
