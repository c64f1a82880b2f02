/** What the file input offers: Markdown as Discourse, HackMD and gists save it, or plain text. */
export const MARKDOWN_FILE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const

/** The `accept` attribute: the extensions and their media types (a hint only; the user may pick any file). */
export const MARKDOWN_FILE_ACCEPT = [...MARKDOWN_FILE_EXTENSIONS, 'text/markdown', 'text/plain'].join(',')

/**
 * Why a chosen file cannot be a Markdown draft, or `undefined` when it can. The name decides,
 * not the media type: browsers report `.md` as "", "text/markdown" or "text/x-markdown".
 */
export function markdownFileProblem(file: { name: string }): string | undefined {
  const name = file.name.toLowerCase()
  if (MARKDOWN_FILE_EXTENSIONS.some((extension) => name.endsWith(extension))) return undefined
  return `“${file.name}” is not a Markdown file: choose a ${listOr(MARKDOWN_FILE_EXTENSIONS)} file.`
}

function listOr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
