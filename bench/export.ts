import { readFileSync } from 'node:fs'
import { toRst } from '@pepdraft/core'
import { docToHtml } from './doc-html.js'
import { pandocHtmlToRst, pandocVersion } from './pandoc.js'
import { documentFromRst, largestPep, PEPS_DIR } from './pep-document.js'
import { type Timing, throughput, timeRuns } from './stats.js'
import type { Row, Suite } from './suite.js'

/** toRst is fast and in-process: many runs. pandoc is a process per run: fewer, still enough for a p95. */
const TO_RST = { warmup: 10, runs: 50 }
const PANDOC = { warmup: 2, runs: 20 }

/**
 * Export of the largest published PEP (by bytes, from the fixture index), rebuilt as our document
 * JSON: `toRst` in process, against pandoc converting the same content from HTML to RST as a
 * process (start-up included, which is what a user of either pays per export).
 */
export const exportSuite: Suite = {
  name: 'export',
  async run() {
    const pep = largestPep()
    const source = readFileSync(new URL(pep.file, PEPS_DIR), 'utf8')
    const { doc, preamble } = documentFromRst(source)
    const rstBytes = Buffer.byteLength(toRst(doc, preamble).rst)
    const blocks = doc.content?.length ?? 0
    const ours = await timeRuns(() => toRst(doc, preamble), TO_RST)
    const rows: Row[] = [
      {
        suite: 'export',
        case: `toRst ${pep.file} (${Math.round(pep.bytes / 1024)} KB, ${blocks} blocks)`,
        ...ours,
        throughput: throughput(rstBytes, ours.medianMs),
        note: `${Math.round(rstBytes / 1024)} KB of RST out; throughput on the median`,
      },
    ]
    const version = pandocVersion()
    if (!version) {
      rows.push({ suite: 'export', case: 'pandoc -f html -t rst', note: 'pandoc not installed' })
      return rows
    }
    const html = docToHtml(doc)
    const theirs = await timeRuns(() => pandocHtmlToRst(html), PANDOC)
    const startup = await timeRuns(() => pandocHtmlToRst('<p></p>'), { warmup: 1, runs: 10 })
    rows.push(
      {
        suite: 'export',
        case: `pandoc -f html -t rst, same content (${Math.round(Buffer.byteLength(html) / 1024)} KB HTML)`,
        ...theirs,
        throughput: throughput(rstBytes, theirs.medianMs),
        note: `${version}, one process per run`,
      },
      { suite: 'export', case: 'pandoc start-up (empty document)', ...startup, note: 'process cost alone' },
      ratioRow(ours, theirs),
    )
    return rows
  },
}

function ratioRow(ours: Timing, theirs: Timing): Row {
  const ratio = ours.medianMs / theirs.medianMs
  return {
    suite: 'export',
    case: 'ratio toRst / pandoc (median)',
    note: `${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)}× (${(1 / ratio).toFixed(1)} times faster)`,
  }
}
