/**
 * Names of the shared Yjs types. Client, server and tests must agree on them, so they live here.
 * Tiptap's Collaboration defaults to 'default' and y-prosemirror helpers to 'prosemirror':
 * we never rely on either default (DESIGN.md).
 */
export const CONTENT_FIELD = 'content'
/** Y.Map of PEP preamble fields, keyed by header name (PEP-RULES.md §1). */
export const PREAMBLE_MAP = 'preamble'
/** Y.Map of document facts set once at creation (template id). */
export const META_MAP = 'meta'
/** Y.Map of review threads, in the `<docId>/review` room. */
export const THREADS_MAP = 'threads'
