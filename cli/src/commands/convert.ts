import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  DEFAULT_TEMPLATE_ID,
  findTemplate,
  formatPepDate,
  fromMarkdown,
  listTemplates,
  pepFileName,
  type Template,
  toRst,
} from '@pepdraft/core'
import type { Command } from '../command.js'
import { formatBytes, formatImportItem, formatRstWarning, plural } from '../format.js'
import { EXIT, type Io, UsageError } from '../io.js'

const TEMPLATE_IDS = listTemplates().map((template) => template.id)

/**
 * `pepdraft convert <draft.md>`: a Markdown draft as `pep-NNNN.rst`, through the code path the
 * app's import takes (`fromMarkdown`, Created defaulting to today as the server seeds it, `toRst`).
 */
export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert a Markdown draft (Discourse post, HackMD pad, gist) to pep-NNNN.rst',
  usage: 'pepdraft convert <draft.md> [-o <file> | -o -] [--template <id>]',
  help: [
    'Reads the Markdown as UTF-8, lays it out in the template\'s sections, fills the preamble from its',
    'front matter or header lines (Created: today when it has none) and writes the PEP source.',
    'Everything not kept exactly is printed to standard error, one line each:',
    '',
    '  draft.md:line: code message',
    '',
    'first what the import changed, then what the export changed.',
    '',
    'Options:',
    '  -o, --output <file>  write to <file>; "-" writes to standard output.',
    '                       Default: pep-NNNN.rst from the PEP header (pep-draft.rst without one)',
    '                       in the current directory.',
    `  --template <id>      the sections to lay the draft out in: ${TEMPLATE_IDS.join(', ')}.`,
    `                       Default: ${DEFAULT_TEMPLATE_ID}.`,
    '',
    'Exit codes: 0 written (report lines are no failure), 1 the draft cannot be read or the file',
    'cannot be written, 2 usage.',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    template: { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const [file, ...extra] = positionals
    if (file === undefined) throw new UsageError('give the Markdown draft to convert')
    if (extra.length > 0) throw new UsageError(`convert takes one Markdown file, got ${positionals.length} arguments`)
    const template = templateFrom(values.template)
    const output = typeof values.output === 'string' ? values.output : undefined

    const markdown = await readDraft(file, io)
    if (markdown === undefined) return EXIT.failure
    const imported = fromMarkdown(markdown, { template })
    // As the server seeds an imported draft: Created is the day of the import unless the draft says.
    const preamble = { ...imported.preamble, Created: imported.preamble.Created ?? formatPepDate(new Date()) }
    const { rst, warnings } = toRst(imported.doc, preamble)

    for (const item of imported.report.items) io.err(`${formatImportItem(file, item)}\n`)
    for (const warning of warnings) io.err(`${formatRstWarning(file, warning)}\n`)
    const notes = `${plural(imported.report.items.length, 'import note')}, ${plural(warnings.length, 'export warning')}`

    if (output === '-') {
      io.out(rst)
      io.err(`converted ${file}: ${notes}\n`)
      return EXIT.ok
    }
    const target = output ?? pepFileName(preamble)
    if (resolve(io.cwd, target) === resolve(io.cwd, file)) {
      io.err(`pepdraft convert: not writing ${target}: it is the draft being converted; choose another file with -o\n`)
      return EXIT.failure
    }
    try {
      await writeFile(resolve(io.cwd, target), rst)
    } catch (err) {
      io.err(`pepdraft convert: cannot write ${target}: ${errorCode(err)}\n`)
      return EXIT.failure
    }
    io.err(`wrote ${target} (${formatBytes(Buffer.byteLength(rst))}): ${notes}\n`)
    return EXIT.ok
  },
}

function templateFrom(value: unknown): Template {
  if (value === undefined) return findTemplate(DEFAULT_TEMPLATE_ID)!
  const template = typeof value === 'string' ? findTemplate(value) : undefined
  if (!template) throw new UsageError(`unknown template “${String(value)}”: choose one of ${TEMPLATE_IDS.join(', ')}`)
  return template
}

/** The draft's text, or `undefined` once the reason it cannot be read is printed. */
async function readDraft(file: string, io: Io): Promise<string | undefined> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(resolve(io.cwd, file))
  } catch (err) {
    io.err(`pepdraft convert: cannot read ${file}: ${errorCode(err)}\n`)
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    io.err(`pepdraft convert: cannot read ${file}: it is not UTF-8 text; save it as UTF-8 and try again\n`)
    return undefined
  }
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
}

/** `no such file (ENOENT)` rather than Node's whole message with the absolute path. */
function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (!code) return String(err)
  return READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : code
}
