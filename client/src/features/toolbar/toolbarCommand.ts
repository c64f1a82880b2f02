import type { Editor } from '@tiptap/core'

/** What a command may open besides the document itself. */
export interface CommandUi {
  openLinkDialog(): void
  /** Opens the compose box for a comment on the editor's selection. */
  openComment(editor: Editor): void
}

export type CommandGroup = 'history' | 'inline' | 'block' | 'insert' | 'review' | 'table'

/**
 * One editor command, registered once in {@link toolbarCommands}: the toolbar buttons and the keyboard
 * shortcuts are both built from it (Excalidraw actions, STYLE.md).
 */
export interface ToolbarCommand {
  name: string
  /** The accessible name of the button. */
  label: string
  /** Short visible text on the button. */
  text: string
  /** What it does, for the tooltip, when the label alone is not enough. */
  description?: string
  group: CommandGroup
  /** Tiptap key names (`Mod-b`); the first one is shown to the user. */
  shortcuts: readonly string[]
  /** Only toggles have a pressed state; actions such as Undo leave it out. */
  isActive?: (editor: Editor) => boolean
  /** Changes no content, so it stays available to review links, whose editor is read-only. */
  worksReadOnly?: boolean
  isEnabled: (editor: Editor) => boolean
  perform: (editor: Editor, ui: CommandUi) => void
}
