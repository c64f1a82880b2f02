import { type CommentAuthor, type Thread, addReply, decideSuggestion, deleteComment, editComment, reviewToMarkdown, setStatus } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'

const ada: CommentAuthor = { name: 'Ada', color: '#123456', id: 'a'.repeat(64), role: 'review' }
const bob: CommentAuthor = { name: 'Bob', color: '#654321', id: 'b'.repeat(64), role: 'edit' }
const thread: Thread = {
  id: 't1',
  quote: 'the metric',
  section: 'Success Metrics',
  status: 'open',
  createdAt: '2026-11-22T10:00:00.000Z',
  comments: [{ id: 'c1', author: ada, body: 'Not measurable.', createdAt: '2026-11-22T10:00:00.000Z' }],
  suggestion: { text: 'a 5% pyperformance speed-up', status: 'pending' },
}

describe('thread operations', () => {
  it('reply, resolve and reopen', () => {
    const replied = addReply(thread, { id: 'c2', author: bob, body: 'Fixed.', createdAt: 'x' }) as Thread
    expect(replied.comments.map((c) => c.body)).toEqual(['Not measurable.', 'Fixed.'])
    const resolved = setStatus(replied, 'resolved', bob, 'now') as Thread
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: bob, resolvedAt: 'now' })
    const reopened = setStatus(resolved, 'open', ada, 'later') as Thread
    expect(reopened.status).toBe('open')
    expect(reopened).not.toHaveProperty('resolvedBy')
  })

  it('let only a comment’s author edit or delete it, keeping its place when deleted', () => {
    expect(editComment(thread, 'c1', bob.id, 'hijack', 'now')).toMatchObject({ refused: 'forbidden' })
    expect(deleteComment(thread, 'c1', bob.id, 'now')).toMatchObject({ refused: 'forbidden' })
    expect(editComment(thread, 'nope', ada.id, 'x', 'now')).toMatchObject({ refused: 'not_found' })
    const edited = editComment(thread, 'c1', ada.id, 'Not measurable as written.', 'now') as Thread
    expect(edited.comments[0]).toMatchObject({ body: 'Not measurable as written.', editedAt: 'now' })
    const deleted = deleteComment(edited, 'c1', ada.id, 'later') as Thread
    expect(deleted.comments[0]).toMatchObject({ deleted: true, body: '' })
    expect(editComment(deleted, 'c1', ada.id, 'again', 'x')).toMatchObject({ refused: 'not_found' })
  })

  it('decide a suggestion once', () => {
    const applied = decideSuggestion(thread, 'applied', bob, 'now') as Thread
    expect(applied.suggestion).toMatchObject({ status: 'applied', decidedBy: bob })
    expect(decideSuggestion(applied, 'dismissed', bob, 'later')).toMatchObject({ refused: 'conflict' })
    const { suggestion: _s, ...plain } = thread
    expect(decideSuggestion(plain, 'applied', bob, 'now')).toMatchObject({ refused: 'not_found' })
  })
})

describe('the review as Markdown', () => {
  it('lists each thread with section, state, quote, comments and suggestion, and never lets a body become HTML', () => {
    const hostile = { ...thread, comments: [{ ...thread.comments[0]!, body: '<img src=x onerror=alert(1)> & more' }] }
    const md = reviewToMarkdown('PEP 9999: Test', [hostile], new Set())
    expect(md).toContain('## Success Metrics (open, on deleted text)')
    expect(md).toContain('> the metric')
    expect(md).toContain('**Ada** (reviewer, 2026-11-22): &lt;img src=x onerror=alert(1)&gt; &amp; more')
    expect(md).toContain('Suggested replacement (pending):\n\n> a 5% pyperformance speed-up')
    expect(md).not.toContain('<img')
  })
})
