import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** What `doctree.py` decided for one file (see the list of ignored differences there). */
export interface DoctreeComparison {
  name: string
  /** `unparsable`: the re-export raises in the PEP reader or has new system messages. */
  status: 'identical' | 'different' | 'unparsable' | 'original-unparsable'
  /** A one-word guess: the first differing tag, `text`, `raises` or `messages`. */
  reason: string
  /** The first lines of a unified diff of the two normalised pseudo-XML dumps. */
  diff: string[]
  /** Changed lines in the whole diff: how far apart the two doctrees are. */
  changes: number
  /** System messages (level >= 2) the re-export has and the original has not. */
  messages: string[]
  error: string | null
}

export interface ComparePair {
  name: string
  original: string
  exported: string
}

export interface CompareOptions {
  /** How many diff lines to keep per file. */
  diffLines: number
  /** Directory caching the originals' dumps by content; they never change between runs. */
  cache?: string
  /** Python processes run side by side, each on its share of the files. */
  processes: number
}

const SCRIPT = fileURLToPath(new URL('./compare_doctrees.py', import.meta.url))

/** Compares every pair with docutils, in `processes` batches so the interpreter starts once each. */
export async function compareDoctrees(pairs: readonly ComparePair[], options: CompareOptions): Promise<DoctreeComparison[]> {
  const shares: ComparePair[][] = Array.from({ length: Math.max(1, options.processes) }, () => [])
  pairs.forEach((pair, i) => shares[i % shares.length]!.push(pair))
  const results = await Promise.all(shares.filter((share) => share.length > 0).map((share) => runBatch(share, options)))
  const byName = new Map(results.flat().map((result) => [result.name, result]))
  return pairs.map((pair) => byName.get(pair.name)!)
}

function runBatch(items: readonly ComparePair[], options: CompareOptions): Promise<DoctreeComparison[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`compare_doctrees.py failed (${code}): ${Buffer.concat(err).toString('utf8')}`))
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as DoctreeComparison[])
    })
    child.stdin.end(JSON.stringify({ items, diff_lines: options.diffLines, cache: options.cache ?? null }))
  })
}
