import * as buffer from 'lib0/buffer'
import * as sha256 from 'lib0/hash/sha256'

/**
 * y-tiptap's key for an overlapping mark's attributes: base64 of a SHA-256 digest folded to six
 * bytes. y-tiptap does not export it, so it is reproduced here; tests/core/review pins it to
 * y-tiptap's own output, so an upgrade that changes it fails the suite rather than the anchors.
 */
function hashOfJSON(json: unknown): string {
  const digest = sha256.digest(buffer.encodeAny(json))
  const folded = 6
  for (let i = folded; i < digest.length; i++) digest[i % folded] = digest[i % folded]! ^ digest[i]!
  return buffer.toBase64(digest.slice(0, folded))
}

/**
 * The Yjs formatting attribute y-tiptap uses for a comment mark. The mark does not exclude itself
 * (threads overlap), so y-tiptap keys it `comment--<hash of the mark's JSON>`; the server must
 * write exactly that key for clients to read the same mark back (DESIGN.md: attributes never change).
 */
export function commentMarkKey(threadId: string): string {
  return `comment--${hashOfJSON({ type: 'comment', attrs: { threadId } })}`
}

export function commentMarkAttributes(threadId: string): Record<string, { threadId: string }> {
  return { [commentMarkKey(threadId)]: { threadId } }
}
