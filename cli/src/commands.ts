import type { Command } from './command.js'
import { checkCommand } from './commands/check.js'
import { convertCommand } from './commands/convert.js'
import { exportCommand } from './commands/export.js'

/** Every subcommand, in the order `pepdraft --help` lists them. Adding one is adding a row. */
export const COMMANDS: readonly Command[] = [exportCommand, convertCommand, checkCommand]

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name)
}
