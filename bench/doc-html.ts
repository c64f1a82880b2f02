import type { DocNode } from '@pepdraft/core'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Block node type → HTML element (headings get their level). */
const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
}

/** Mark type → HTML element, applied innermost first. */
const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', code: 'code' }

/**
 * The same document as HTML, so pandoc (`-f html -t rst`) converts exactly the content toRst
 * does. A tiny serializer for the benchmark, not the client's renderer.
 */
export function docToHtml(node: DocNode): string {
  const children = () => (node.content ?? []).map(docToHtml).join('')
  switch (node.type) {
    case 'doc':
      return `<!DOCTYPE html>\n<html><body>\n${children()}</body></html>\n`
    case 'text':
      return marked(node)
    case 'heading':
      return `<h${Number(node.attrs?.level ?? 1)}>${children()}</h${Number(node.attrs?.level ?? 1)}>\n`
    case 'codeBlock': {
      const language = typeof node.attrs?.language === 'string' ? ` class="language-${escape(node.attrs.language)}"` : ''
      return `<pre><code${language}>${escape((node.content ?? []).map((c) => c.text ?? '').join(''))}</code></pre>\n`
    }
    default: {
      const tag = BLOCK_TAGS[node.type]
      if (!tag) throw new Error(`docToHtml: unknown node type ${node.type}`)
      return `<${tag}>${children()}</${tag}>\n`
    }
  }
}

function marked(node: DocNode): string {
  let html = escape(node.text ?? '')
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link') html = `<a href="${escape(String(mark.attrs?.href ?? ''))}">${html}</a>`
    else if (MARK_TAGS[mark.type]) html = `<${MARK_TAGS[mark.type]}>${html}</${MARK_TAGS[mark.type]}>`
  }
  return html
}
