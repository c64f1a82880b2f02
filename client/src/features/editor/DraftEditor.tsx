import { readTemplateId } from '@pepdraft/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { useMemo, useState } from 'react'
import type { Role } from '../../lib/api.js'
import type { CollabSession } from '../../lib/collabSession.js'
import type { Identity } from '../../lib/identity.js'
import { canEditContent } from '../../lib/roles.js'
import { ChecksPanel } from '../checks/ChecksPanel.js'
import { RstPreview } from '../export/RstPreview.js'
import { PreambleForm } from '../preamble/PreambleForm.js'
import { usePreambleDisclosure } from '../preamble/usePreambleDisclosure.js'
import { ReviewSidebar } from '../review/ReviewSidebar.js'
import { useCommentComposer } from '../review/useCommentComposer.js'
import { LinkDialog } from '../toolbar/LinkDialog.js'
import { Toolbar } from '../toolbar/Toolbar.js'
import type { CommandUi } from '../toolbar/toolbarCommand.js'
import { readOnlyCommands, toolbarCommands } from '../toolbar/toolbarCommands.js'
import { editorExtensions } from './editorExtensions.js'
import './editor.css'
import './pep-document.css'
import './carets.css'
import './rst-source.css'

interface DraftEditorProps {
  session: CollabSession
  role: Role
  /** From the API; the document's own meta map wins once loaded. */
  template: string | undefined
  identity: Identity
  /** Show the reStructuredText export beside the text. */
  preview: boolean
}

/** Created once the session has content, so the editor never renders an empty document first. */
export function DraftEditor({ session, role, template, identity, preview }: DraftEditorProps) {
  const [linkDialogOpen, setLinkDialogOpen] = useState(false)
  const composer = useCommentComposer()
  const ui = useMemo<CommandUi>(() => ({ openLinkDialog: () => setLinkDialogOpen(true), openComment: composer.open }), [composer.open])
  const editable = canEditContent(role)
  const preambleForm = usePreambleDisclosure()

  const editor = useEditor(
    {
      extensions: editorExtensions({
        session,
        user: identity,
        templateId: readTemplateId(session.ydoc) ?? template,
        showGuidance: editable,
        commands: toolbarCommands,
        ui,
      }),
      // Mirrors the server, which drops content writes from review and view links.
      editable,
      editorProps: {
        attributes: {
          class: 'pep-document',
          role: 'textbox',
          'aria-label': 'PEP text',
          'aria-multiline': 'true',
          ...(editable ? {} : { 'aria-readonly': 'true' }),
        },
      },
    },
    [session],
  )

  return (
    <>
      {editable && (
        <div className="draft-toolbar">
          <Toolbar editor={editor} commands={toolbarCommands} ui={ui} />
          {linkDialogOpen && <LinkDialog editor={editor} onClose={() => setLinkDialogOpen(false)} />}
        </div>
      )}
      {role === 'review' && (
        <div className="draft-toolbar">
          <Toolbar editor={editor} commands={readOnlyCommands} ui={ui} label="Review tools" />
        </div>
      )}
      <div className={preview ? 'draft-layout draft-layout--wide' : 'draft-layout'}>
        <div className={preview ? 'draft-column draft-column--split' : 'draft-column'}>
          <div className="draft-column__text">
            <PreambleForm map={session.preamble} editable={editable} open={preambleForm.open} onOpenChange={preambleForm.setOpen} />
            <EditorContent editor={editor} />
          </div>
          {preview && <RstPreview ydoc={session.ydoc} />}
        </div>
        <ChecksPanel ydoc={session.ydoc} editor={editor} editable={editable} revealField={preambleForm.revealField} />
        <ReviewSidebar session={session} editor={editor} role={role} identity={identity} composer={composer} />
      </div>
    </>
  )
}
