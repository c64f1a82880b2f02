import type * as Y from 'yjs'

/** Writes text into the empty paragraph after each heading, as an author would; hazards included. */
export function fillEverySection(ydoc: Y.Doc): void {
  const fragment = ydoc.getXmlFragment('content')
  ydoc.transact(() => {
    const blocks = fragment.toArray() as Y.XmlElement[]
    blocks.forEach((block, i) => {
      const heading = blocks[i - 1]
      if (block.nodeName !== 'paragraph' || block.toString() !== '<paragraph></paragraph>' || !heading) return
      const title = heading.toArray().map((x) => (x as Y.XmlText).toString()).join('')
      ;(block.get(0) as Y.XmlText).insert(0, `What the ${title} section says, with *stars* and trailing_ underscores.`)
    })
  })
}
