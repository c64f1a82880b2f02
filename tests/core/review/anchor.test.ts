import {
  CONTENT_FIELD,
  applyCommentMark,
  attachedThreadIds,
  commentMarkKey,
  decodeRelativePosition,
  encodeRelativePosition,
  pepSchema,
  readContent,
  removeCommentMark,
  writeContent,
} from '@pepdraft/core'
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'

const p = (...content: object[]) => ({ type: 'paragraph', content })
const text = (t: string, marks?: object[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })
const h1 = (t: string) => ({ type: 'heading', attrs: { level: 1 }, content: [text(t)] })

function docWith(...blocks: object[]): Y.Doc {
  const ydoc = new Y.Doc()
  writeContent(ydoc, { type: 'doc', content: blocks as never })
  return ydoc
}

const texts = (ydoc: Y.Doc) =>
  (ydoc.getXmlFragment(CONTENT_FIELD).toArray() as Y.XmlElement[]).map((el) => el.get(0) as Y.XmlText)
const at = (t: Y.XmlText, index: number) => Y.createRelativePositionFromTypeIndex(t, index)

describe('the comment mark key', () => {
  it('is the attribute y-tiptap itself writes for a comment mark', () => {
    const ydoc = new Y.Doc()
    const doc = { type: 'doc', content: [p(text('quoted', [{ type: 'comment', attrs: { threadId: 'T1' } }]))] }
    prosemirrorJSONToYXmlFragment(pepSchema(), doc, ydoc.getXmlFragment('x'))
    const delta = ((ydoc.getXmlFragment('x').get(0) as Y.XmlElement).get(0) as Y.XmlText).toDelta()
    expect(Object.keys(delta[0].attributes)).toEqual([commentMarkKey('T1')])
    expect(commentMarkKey('T1')).not.toBe(commentMarkKey('T2'))
  })
})

describe('applyCommentMark', () => {
  it('marks exactly the selected words and reads the quote and section from the document', () => {
    const ydoc = docWith(h1('Abstract'), p(text('The JIT is fast on x86-64.')))
    const [, para] = texts(ydoc)
    const result = applyCommentMark(ydoc, at(para!, 4), at(para!, 11), 'T1')
    expect(result).toEqual({ ok: true, quote: 'JIT is ', section: 'Abstract' })
    expect(readContent(ydoc).content![1]).toEqual(
      p(text('The '), text('JIT is ', [{ type: 'comment', attrs: { threadId: 'T1' } }]), text('fast on x86-64.')),
    )
  })

  it('spans paragraphs, keeps existing marks and lets threads overlap', () => {
    const ydoc = docWith(h1('Motivation'), p(text('first '), text('bold', [{ type: 'bold' }])), p(text('second')))
    const [, one, two] = texts(ydoc)
    expect(applyCommentMark(ydoc, at(one!, 2), at(two!, 3), 'A')).toMatchObject({ ok: true, quote: 'rst bold\nsec' })
    expect(applyCommentMark(ydoc, at(one!, 0), at(one!, 4), 'B')).toMatchObject({ ok: true, quote: 'firs' })
    expect([...attachedThreadIds(readContent(ydoc))].sort()).toEqual(['A', 'B'])
    const bold = readContent(ydoc).content![1]!.content!.find((n) => n.text === 'bold')!
    expect(bold.marks!.map((m) => m.type).sort()).toEqual(['bold', 'comment'])
  })

  it('refuses an empty selection and positions from another document, changing nothing', () => {
    const ydoc = docWith(p(text('some text')))
    const [para] = texts(ydoc)
    expect(applyCommentMark(ydoc, at(para!, 3), at(para!, 3), 'T')).toMatchObject({ ok: false, code: 'empty_selection' })
    const other = docWith(p(text('elsewhere')))
    const [foreign] = texts(other)
    expect(applyCommentMark(ydoc, at(foreign!, 0), at(foreign!, 4), 'T')).toMatchObject({ ok: false, code: 'invalid_anchor' })
    expect(attachedThreadIds(readContent(ydoc)).size).toBe(0)
  })

  it('round-trips relative positions through base64, and rejects garbage', () => {
    const ydoc = docWith(p(text('abc')))
    const [para] = texts(ydoc)
    const decoded = decodeRelativePosition(encodeRelativePosition(at(para!, 2)))!
    expect(Y.createAbsolutePositionFromRelativePosition(decoded, ydoc)?.index).toBe(2)
    for (const bad of ['', '!!!', 42, null, 'A'.repeat(2000)]) expect(decodeRelativePosition(bad)).toBeUndefined()
    // Valid base64 that decodes to a position naming nothing: refused, not thrown.
    const garbage = decodeRelativePosition('nope')
    expect(garbage).toBeDefined()
    expect(applyCommentMark(ydoc, garbage!, garbage!, 'T')).toMatchObject({ ok: false, code: 'invalid_anchor' })
  })
})

describe('a thread on deleted text', () => {
  it('is detached once its text is deleted, and removeCommentMark clears a thread everywhere', () => {
    const ydoc = docWith(p(text('keep this and drop that')))
    const [para] = texts(ydoc)
    applyCommentMark(ydoc, at(para!, 14), at(para!, 23), 'gone')
    applyCommentMark(ydoc, at(para!, 0), at(para!, 4), 'kept')
    para!.delete(13, 10)
    expect([...attachedThreadIds(readContent(ydoc))]).toEqual(['kept'])
    removeCommentMark(ydoc, 'kept')
    expect(attachedThreadIds(readContent(ydoc)).size).toBe(0)
    expect(readContent(ydoc).content![0]).toEqual(p(text('keep this and')))
  })
})
