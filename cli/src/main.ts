import { parseArgs } from 'node:util'
import type { Command, CommandInput } from './command.js'
import { findCommand } from './commands.js'
import { commandHelp, generalHelp } from './help.js'
import { EXIT, type Io, processIo, UsageError } from './io.js'

const HELP_FLAGS = ['--help', '-h']

/**
 * `pepdraft <command> [args]`: finds the command, answers `--help`, reads the options with
 * node:util `parseArgs` (strict: an unknown option is a usage error) and runs it. Resolves to
 * the exit code: 0 ok, 1 failure, 2 usage.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    io.err(generalHelp())
    return EXIT.usage
  }
  if (HELP_FLAGS.includes(name) || name === 'help') {
    const topic = name === 'help' && rest[0] !== undefined ? findCommand(rest[0]) : undefined
    io.out(topic ? commandHelp(topic) : generalHelp())
    return EXIT.ok
  }
  const command = findCommand(name)
  if (!command) {
    io.err(`pepdraft: unknown command “${name}”.\n\n${generalHelp()}`)
    return EXIT.usage
  }
  if (rest.some((arg) => HELP_FLAGS.includes(arg))) {
    io.out(commandHelp(command))
    return EXIT.ok
  }
  try {
    return await command.run(readArgs(command, rest), io)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    io.err(`pepdraft ${command.name}: ${err.message}\nUsage: ${command.usage}\nRun "pepdraft ${command.name} --help" for details.\n`)
    return EXIT.usage
  }
}

function readArgs(command: Command, args: string[]): CommandInput {
  try {
    const { positionals, values } = parseArgs({ args, options: command.options, allowPositionals: true, strict: true })
    return { positionals, values }
  } catch (err) {
    // parseArgs throws TypeError with an ERR_PARSE_ARGS_* code for an unknown or malformed option.
    if ((err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((err as Error).message)
    throw err
  }
}

process.exitCode = await main(process.argv.slice(2), processIo()).catch((err: unknown) => {
  process.stderr.write(`pepdraft: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  return EXIT.failure
})
