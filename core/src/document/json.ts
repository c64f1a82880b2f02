/**
 * A document as ProseMirror JSON (the shape of `editor.getJSON()`), the value every core function
 * takes: checks, export and import never see Yjs or the DOM.
 */
export interface DocNode {
  type: string
  attrs?: Record<string, unknown>
  content?: DocNode[]
  marks?: DocMark[]
  text?: string
}

export interface DocMark {
  type: string
  attrs?: Record<string, unknown>
}

export function emptyDocument(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
