import { pepExtensions } from '@pepdraft/core'
import type { AnyExtension } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { Dropcursor, Gapcursor } from '@tiptap/extensions'
import type { CollabSession } from '../../lib/collabSession.js'
import type { Identity } from '../../lib/identity.js'
import { CommentHighlights } from '../review/commentHighlights.js'
import { PendingComment } from '../review/pendingComment.js'
import { StripPastedComments } from '../review/stripPastedComments.js'
import { commandShortcuts } from '../toolbar/commandShortcuts.js'
import type { CommandUi, ToolbarCommand } from '../toolbar/toolbarCommand.js'
import { withRstSourceViews } from './rstSourceNodes.js'
import { sectionGuidance } from './sectionGuidance.js'

interface EditorExtensionOptions {
  session: CollabSession
  user: Identity
  templateId: string | undefined
  /** Template guidance helps authors; readers would only see it as noise. */
  showGuidance: boolean
  commands: readonly ToolbarCommand[]
  ui: CommandUi
}

/**
 * The shared PEP schema plus what only an editor needs. Placeholders come from sectionGuidance (see
 * there why not Tiptap's Placeholder). No UndoRedo: Collaboration brings the Yjs
 * undo manager, which undoes only this user's changes.
 */
export function editorExtensions({ session, user, templateId, showGuidance, commands, ui }: EditorExtensionOptions): AnyExtension[] {
  return [
    ...withRstSourceViews(pepExtensions),
    // The fragment itself, never a field name: Tiptap's default field is not ours (DESIGN.md).
    Collaboration.configure({ fragment: session.fragment }),
    CollaborationCaret.configure({ provider: session.provider, user: { ...user } }),
    Dropcursor.configure({ color: 'var(--accent)', width: 2 }),
    Gapcursor,
    commandShortcuts(commands, ui),
    CommentHighlights,
    PendingComment,
    StripPastedComments,
    ...(showGuidance ? [sectionGuidance(templateId)] : []),
  ]
}
