import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const BIN = fileURLToPath(new URL('../../cli/bin/pepdraft.js', import.meta.url))

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the real CLI, `node cli/bin/pepdraft.js …`, as a child process. Asynchronous on purpose:
 * the test server runs in this process and must keep answering while the CLI waits for it.
 */
export function runCli(args: readonly string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile('node', [BIN, ...args], { cwd: options.cwd, timeout: 60_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error)
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr })
    })
  })
}
