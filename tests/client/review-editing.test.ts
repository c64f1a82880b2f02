import { pepExtensions, pepSchema } from '@pepdraft/core'
import { Editor, type JSONContent } from '@tiptap/core'
import { Slice } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { applySuggestion } from '../../client/src/features/review/applySuggestion.js'
import { withoutComments } from '../../client/src/features/review/stripPastedComments.js'
import { threadRange, threadsInDocumentOrder } from '../../client/src/features/review/threadAnchors.js'
import { clearFormatting } from '../../client/src/features/toolbar/clearFormatting.js'

const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } })
const text = (value: string, ...marks: JSONContent['marks'] & object) => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) })
const paragraph = (...content: JSONContent[]) => ({ type: 'paragraph', content })
const doc = (...content: JSONContent[]) => ({ type: 'doc', content })

/** A headless editor (no view) on the shared PEP schema. */
function editorWith(content: JSONContent): Editor {
  return new Editor({ extensions: pepExtensions, content })
}

describe('clearFormatting', () => {
  it('removes bold, italic, literal and link but keeps comment marks', () => {
    const editor = editorWith(
      doc(paragraph(text('one', { type: 'bold' }, comment('t1')), text(' two', { type: 'code' }, comment('t1')), text(' three', { type: 'link', attrs: { href: 'https://example.org' } }))),
    )
    editor.commands.setTextSelection({ from: 1, to: editor.state.doc.content.size - 1 })
    clearFormatting(editor)
    expect(editor.getJSON()).toEqual(doc(paragraph(text('one two', comment('t1')), text(' three'))))
  })
})

describe('applySuggestion', () => {
  it('replaces the anchored text in one transaction, keeping its marks and the thread’s comment mark', () => {
    const editor = editorWith(doc(paragraph(text('Call '), text('os.fspath', { type: 'code' }, comment('t1')), text(' first.'))))
    let transactions = 0
    editor.on('transaction', ({ transaction }) => void (transaction.docChanged && transactions++))
    expect(applySuggestion(editor, 't1', 'os.fsencode')).toBe(true)
    expect(transactions).toBe(1)
    expect(editor.getJSON()).toEqual(doc(paragraph(text('Call '), text('os.fsencode', { type: 'code' }, comment('t1')), text(' first.'))))
  })

  it('replaces from the first to the last character of a thread split by other marks', () => {
    const editor = editorWith(doc(paragraph(text('a '), text('bold', { type: 'bold' }, comment('t1')), text(' plain', comment('t1')), text(' z'))))
    applySuggestion(editor, 't1', 'new words')
    expect(editor.getText()).toBe('a new words z')
    expect(threadRange(editor.state.doc, 't1')).toEqual({ from: 3, to: 12 })
  })

  it('keeps line breaks in a code block and turns them into spaces in a paragraph', () => {
    const code = editorWith(doc({ type: 'codeBlock', content: [text('x = 1', comment('t1'))] }))
    applySuggestion(code, 't1', 'x = 1\ny = 2')
    expect(code.getText()).toBe('x = 1\ny = 2')
    const prose = editorWith(doc(paragraph(text('one line', comment('t1')))))
    applySuggestion(prose, 't1', 'two\n  lines')
    expect(prose.getText()).toBe('two lines')
  })

  it('deletes the text for an empty suggestion, and refuses when the thread is on deleted text', () => {
    const editor = editorWith(doc(paragraph(text('keep '), text('drop', comment('t1')))))
    expect(applySuggestion(editor, 't1', '')).toBe(true)
    expect(editor.getText()).toBe('keep ')
    expect(applySuggestion(editor, 't1', 'again')).toBe(false)
  })
})

describe('threadsInDocumentOrder', () => {
  it('lists each attached thread once, in the order its text first appears, overlaps included', () => {
    const node = pepSchema().nodeFromJSON(
      doc(paragraph(text('a', comment('late')), text('b', comment('late'), comment('inner'))), paragraph(text('c', comment('first-created')))),
    )
    expect(threadsInDocumentOrder(node)).toEqual(['late', 'inner', 'first-created'])
    expect(threadRange(node, 'inner')).toEqual({ from: 2, to: 3 })
    expect(threadRange(node, 'gone')).toBeUndefined()
  })
})

describe('withoutComments', () => {
  it('strips comment marks from a pasted slice at any depth and keeps the other marks', () => {
    const schema = pepSchema()
    const pasted = schema.nodeFromJSON(
      doc({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('copied', { type: 'italic' }, comment('t1')))] }] }),
    ).content
    const stripped = withoutComments(pasted)
    expect(JSON.stringify(stripped.toJSON())).not.toContain('comment')
    expect(new Slice(stripped, 0, 0).content.firstChild?.textContent).toBe('copied')
    expect(JSON.stringify(stripped.toJSON())).toContain('italic')
  })
})
