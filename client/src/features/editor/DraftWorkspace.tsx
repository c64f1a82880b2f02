import { useEffect, useState } from 'react'
import type { Role } from '../../lib/api.js'
import type { CollabSession } from '../../lib/collabSession.js'
import { findDraft, setDraftTitle } from '../../lib/drafts.js'
import { useCollabSession } from '../../lib/useCollabSession.js'
import { useSessionState } from '../../lib/useSessionState.js'
import { ExportControls } from '../export/ExportControls.js'
import { IdentityDialog } from '../identity/IdentityDialog.js'
import { useIdentity } from '../identity/useIdentity.js'
import { DraftEditor } from './DraftEditor.js'
import { EditorHeader } from './EditorHeader.js'
import { usePreambleTitle } from './usePreambleTitle.js'

interface DraftWorkspaceProps {
  docId: string
  token: string
  role: Role
  template: string | undefined
}

export function DraftWorkspace(props: DraftWorkspaceProps) {
  const session = useCollabSession(props.docId, props.token)
  if (!session) return <LoadingDraft />
  return <OpenDraft session={session} {...props} />
}

function OpenDraft({ session, docId, role, template }: DraftWorkspaceProps & { session: CollabSession }) {
  const { loaded } = useSessionState(session)
  const { identity, chosen, save } = useIdentity()
  const [editingIdentity, setEditingIdentity] = useState(false)
  const [previewOpen, setPreviewOpen] = useState(false)
  const title = usePreambleTitle(session.preamble)

  useEffect(() => {
    session.provider.awareness.setLocalStateField('user', identity)
  }, [session, identity])

  useEffect(() => {
    if (title) setDraftTitle(docId, title)
    document.title = `${title ?? 'Untitled draft'} — pepdraft`
    return () => {
      document.title = 'pepdraft'
    }
  }, [docId, title])

  return (
    <div className="draft-page">
      <EditorHeader
        session={session}
        role={role}
        title={title}
        shareUrls={role === 'edit' ? findDraft(docId)?.urls : undefined}
        onChangeIdentity={() => setEditingIdentity(true)}
        actions={<ExportControls ydoc={session.ydoc} previewOpen={previewOpen} onPreviewChange={setPreviewOpen} />}
      />
      <main aria-busy={!loaded}>
        {loaded ? <DraftEditor session={session} role={role} template={template} identity={identity} preview={previewOpen} /> : <LoadingDraft />}
      </main>
      {(!chosen || editingIdentity) && (
        <IdentityDialog
          initial={identity}
          firstVisit={!chosen}
          onSave={(next) => {
            save(next)
            setEditingIdentity(false)
          }}
          onCancel={() => setEditingIdentity(false)}
        />
      )}
    </div>
  )
}

export function LoadingDraft() {
  return <p className="draft-loading">Loading draft…</p>
}
