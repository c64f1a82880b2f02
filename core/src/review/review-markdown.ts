import type { Thread } from './thread.js'

/**
 * Markdown that Discourse renders as plain text, whatever reviewers typed: `<`, `>` and `&` are
 * written as entities, so no comment becomes HTML in a forum post.
 */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function quoteLines(text: string): string {
  return escapeHtml(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
}

/** The review as Markdown, one section per thread, for posting to a Discourse thread. */
export function reviewToMarkdown(title: string, threads: readonly Thread[], attached: ReadonlySet<string>): string {
  const lines = [`# Review of ${escapeHtml(title)}`, '']
  const open = threads.filter((t) => t.status === 'open').length
  lines.push(`${threads.length} threads: ${open} open, ${threads.length - open} resolved.`, '')
  for (const thread of threads) {
    const where = thread.section ? `${escapeHtml(thread.section)}` : 'Document'
    const state = [thread.status, attached.has(thread.id) ? '' : 'on deleted text'].filter(Boolean).join(', ')
    lines.push(`## ${where} (${state})`, '', quoteLines(thread.quote), '')
    for (const comment of thread.comments) {
      const who = `**${escapeHtml(comment.author.name)}** (${comment.author.role === 'edit' ? 'author' : 'reviewer'}, ${comment.createdAt.slice(0, 10)})`
      lines.push(comment.deleted ? `${who}: *deleted*` : `${who}: ${escapeHtml(comment.body)}`, '')
    }
    if (thread.suggestion) {
      lines.push(`Suggested replacement (${thread.suggestion.status}):`, '', quoteLines(thread.suggestion.text), '')
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}
