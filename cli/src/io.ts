/** Where a command writes and which directory it works in: the process, or a test's capture. */
export interface Io {
  out(text: string): void
  err(text: string): void
  cwd: string
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  }
}

/** The exit codes of every command. */
export const EXIT = {
  /** Done; for `check`, no file has an error. */
  ok: 0,
  /** The work failed: a file has errors, the server refused, the server is unreachable. */
  failure: 1,
  /** The command line was wrong: unknown command or option, missing or malformed argument. */
  usage: 2,
} as const

/** A mistake in the command line: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
