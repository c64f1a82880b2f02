import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { DEFAULT_TEMPLATE_ID, findTemplate, listTemplates, pepFileName, type Template, toRst } from '@pepdraft/core'
import type { Command } from '../command.js'
import { formatBytes, formatImportItem, formatRstWarning, plural } from '../format.js'
import { EXIT, UsageError } from '../io.js'
import { importSource, SOURCE_FORMATS, sourceFormat } from './draft-source.js'
import { errorCode, readTextFile } from './read-text-file.js'

const TEMPLATE_IDS = listTemplates().map((template) => template.id)
const TARGET_FORMATS = ['rst', 'json'] as const

/**
 * `pepdraft convert <draft.md | pep.rst>`: a Markdown draft or a PEP's source as `pep-NNNN.rst`
 * (or the document as JSON), through the code paths the app's imports take and its export.
 */
export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert a Markdown draft (Discourse post, HackMD pad, gist) or a PEP\'s .rst to pep-NNNN.rst or JSON',
  usage: 'pepdraft convert <draft.md | pep.rst> [-o <file> | -o -] [--to rst|json] [--from markdown|rst] [--template <id>]',
  help: [
    'Reads the file as UTF-8. A Markdown draft is laid out in the template\'s sections, its preamble',
    'filled from its front matter or header lines (Created: today when it has none). A PEP\'s .rst is',
    'imported as the editor opens it: its own preamble and sections, with whatever the editor cannot',
    'hold kept as raw reStructuredText. Then the PEP source (or the document) is written.',
    'Everything not kept exactly is printed to standard error, one line each:',
    '',
    '  draft.md:line: code message',
    '',
    'first what the import changed, then what the export changed.',
    '',
    'Options:',
    '  -o, --output <file>  write to <file>; "-" writes to standard output.',
    '                       Default: pep-NNNN.rst (pep-NNNN.json with --to json) from the PEP header',
    '                       (pep-draft without one) in the current directory.',
    `  --to <format>        ${TARGET_FORMATS.join(' or ')}: the PEP source, or the editor's document as JSON`,
    '                       ({preamble, doc}). Default: rst. "pepdraft convert pep.rst --to rst -o -"',
    '                       shows what the editor would export for a published PEP.',
    `  --from <format>      ${SOURCE_FORMATS.join(' or ')}. Default: rst for a .rst file, else markdown.`,
    `  --template <id>      Markdown only: the sections to lay the draft out in: ${TEMPLATE_IDS.join(', ')}.`,
    `                       Default: ${DEFAULT_TEMPLATE_ID}.`,
    '',
    'Exit codes: 0 written (report lines are no failure), 1 the file cannot be read or the output',
    'cannot be written, 2 usage.',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    template: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run({ positionals, values }, io) {
    const [file, ...extra] = positionals
    if (file === undefined) throw new UsageError('give the Markdown draft or the .rst file to convert')
    if (extra.length > 0) throw new UsageError(`convert takes one file, got ${positionals.length} arguments`)
    const from = sourceFormat(values.from, file)
    if (from === 'rst' && values.template !== undefined) {
      throw new UsageError('--template lays out a Markdown draft; a .rst file keeps its own sections')
    }
    const template = templateFrom(values.template)
    const to = targetFormat(values.to)
    const output = typeof values.output === 'string' ? values.output : undefined

    const text = await readTextFile(file, io, 'convert')
    if (text === undefined) return EXIT.failure
    const { doc, preamble, notes } = importSource(from, text, template)
    const target = output === '-' ? undefined : (output ?? pepFileName(preamble, to))
    if (target !== undefined && resolve(io.cwd, target) === resolve(io.cwd, file)) {
      io.err(`pepdraft convert: not writing ${target}: it is the file being converted; choose another file with -o\n`)
      return EXIT.failure
    }
    for (const note of notes) io.err(`${formatImportItem(file, note)}\n`)
    let result: string
    let summary = plural(notes.length, 'import note')
    if (to === 'json') {
      result = `${JSON.stringify({ preamble, doc }, null, 2)}\n`
    } else {
      const { rst, warnings } = toRst(doc, preamble)
      for (const warning of warnings) io.err(`${formatRstWarning(file, warning)}\n`)
      result = rst
      summary += `, ${plural(warnings.length, 'export warning')}`
    }

    if (target === undefined) {
      io.out(result)
      io.err(`converted ${file}: ${summary}\n`)
      return EXIT.ok
    }
    try {
      await writeFile(resolve(io.cwd, target), result)
    } catch (err) {
      io.err(`pepdraft convert: cannot write ${target}: ${errorCode(err)}\n`)
      return EXIT.failure
    }
    io.err(`wrote ${target} (${formatBytes(Buffer.byteLength(result))}): ${summary}\n`)
    return EXIT.ok
  },
}

function templateFrom(value: unknown): Template {
  if (value === undefined) return findTemplate(DEFAULT_TEMPLATE_ID)!
  const template = typeof value === 'string' ? findTemplate(value) : undefined
  if (!template) throw new UsageError(`unknown template “${String(value)}”: choose one of ${TEMPLATE_IDS.join(', ')}`)
  return template
}

function targetFormat(value: unknown): (typeof TARGET_FORMATS)[number] {
  if (value === undefined) return 'rst'
  const format = TARGET_FORMATS.find((f) => f === value)
  if (!format) throw new UsageError(`unknown output format “${String(value)}”: choose one of ${TARGET_FORMATS.join(', ')}`)
  return format
}
