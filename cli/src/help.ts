import type { Command } from './command.js'
import { COMMANDS } from './commands.js'

/** `pepdraft --help`: the commands, one line each. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length))
  return [
    'pepdraft: draft and review Python Enhancement Proposals.',
    '',
    'Usage: pepdraft <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "pepdraft <command> --help" for a command\'s options.',
    '',
  ].join('\n')
}

/** `pepdraft <command> --help`. */
export function commandHelp(command: Command): string {
  return [`Usage: ${command.usage}`, '', command.summary, '', command.help, ''].join('\n')
}
