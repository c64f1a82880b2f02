/** What the file input offers: a PEP's source as python/peps keeps it (`.rst`; the oldest PEPs were `.txt`). */
export const RST_FILE_EXTENSIONS = ['.rst', '.txt'] as const

/** The `accept` attribute (a hint only: the user may pick any file, so the name is checked too). */
export const RST_FILE_ACCEPT = [...RST_FILE_EXTENSIONS, 'text/x-rst', 'text/plain'].join(',')

/**
 * Why a chosen file cannot be a PEP's source, or `undefined` when it can. The name decides, not
 * the media type: browsers report `.rst` as "", "text/x-rst" or "text/prs.fallenstein.rst".
 */
export function rstFileProblem(file: { name: string }): string | undefined {
  const name = file.name.toLowerCase()
  if (RST_FILE_EXTENSIONS.some((extension) => name.endsWith(extension))) return undefined
  return `“${file.name}” is not a reStructuredText file: choose a .rst or .txt file.`
}
