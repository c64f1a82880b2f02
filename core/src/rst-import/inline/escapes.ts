/**
 * docutils reads a backslash escape by turning the backslash into NUL and keeping the escaped
 * character (`states.escape2null`), so patterns can tell `\*` from `*` while every offset in the
 * text stays that of the source. These are the two directions of that marking.
 */

/** Marks backslash escapes as NUL + character, keeping the length (docutils `escape2null`). */
export function escapeToNull(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') {
      out += text[i]
      continue
    }
    // docutils: a backslash escapes the next character, even a backslash.
    out += '\0' + (text[i + 1] ?? '')
    i++
  }
  return out
}

/**
 * The text docutils shows for marked text (`nodes.unescape`): an escaped space or line break
 * disappears (`foo\ *bar*`), any other escaped character stands for itself. With
 * `restoreBackslashes` (inline literals) the backslashes come back as written.
 */
export function unescapeNull(text: string, restoreBackslashes = false): string {
  if (restoreBackslashes) return text.replace(/\0/g, '\\')
  return text.replace(/\0[ \n]/g, '').replace(/\0/g, '')
}
