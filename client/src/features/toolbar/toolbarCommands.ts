import { commentCommand } from '../review/commentCommand.js'
import { blockCommands } from './blockCommands.js'
import { historyCommands } from './historyCommands.js'
import { inlineCommands } from './inlineCommands.js'
import { insertCommands } from './insertCommands.js'
import { tableCommands } from './tableCommands.js'
import type { ToolbarCommand } from './toolbarCommand.js'

/** Every editor command, in toolbar order. Adding a command is adding an entry here. */
export const toolbarCommands: readonly ToolbarCommand[] = [
  ...historyCommands,
  ...inlineCommands,
  ...blockCommands,
  ...insertCommands,
  commentCommand,
  ...tableCommands,
]

/** What a review link's read-only editor still offers. */
export const readOnlyCommands: readonly ToolbarCommand[] = toolbarCommands.filter((command) => command.worksReadOnly)
