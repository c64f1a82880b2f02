import type { ParseArgsConfig } from 'node:util'
import type { Io } from './io.js'

/** What `parseArgs` read: the positional arguments and the options by name. */
export interface CommandInput {
  positionals: string[]
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
}

/**
 * One subcommand, registered once in `commands.ts`, which feeds dispatch and help alike.
 * A new command (issue E's `convert`) is one more file exporting one of these.
 */
export interface Command {
  name: string
  /** One line for `pepdraft --help`. */
  summary: string
  /** `pepdraft export <share-url> [options]`. */
  usage: string
  /** The rest of `pepdraft <name> --help`: arguments, options, exit codes. */
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Runs the command and resolves to its exit code. Throws `UsageError` for a bad command line. */
  run(input: CommandInput, io: Io): Promise<number>
}
