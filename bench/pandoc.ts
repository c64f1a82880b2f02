import { spawn, spawnSync } from 'node:child_process'

/** Whether `pandoc` runs here, and its version line (`pandoc 2.17.1.1`). */
export function pandocVersion(): string | undefined {
  const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8', timeout: 10_000 })
  if (probe.error || probe.status !== 0) return undefined
  return probe.stdout.split('\n')[0]?.trim()
}

/**
 * One `pandoc -f html -t rst` process over `html` on stdin; resolves with its output. Bounded by
 * a timeout so a stuck pandoc cannot hang the benchmark.
 */
export function pandocHtmlToRst(html: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'html', '-t', 'rst'], { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else reject(new Error(`pandoc exited with ${code ?? signal}: ${Buffer.concat(err).toString('utf8').slice(0, 200)}`))
    })
    child.stdin.end(html)
  })
}
