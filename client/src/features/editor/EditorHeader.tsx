import { type ReactNode, useState } from 'react'
import type { Role } from '../../lib/api.js'
import type { CollabSession } from '../../lib/collabSession.js'
import { AppLink } from '../../ui/AppLink.js'
import { ConnectionStatus } from '../connection/ConnectionStatus.js'
import { PresenceList } from '../presence/PresenceList.js'
import { ShareLinks } from '../share/ShareLinks.js'
import './editor-header.css'

interface EditorHeaderProps {
  session: CollabSession
  role: Role
  title: string | undefined
  /** Known only in the browser that created the draft. */
  shareUrls: Record<Role, string> | undefined
  onChangeIdentity: () => void
  /** Document actions every role has (export, preview). */
  actions?: ReactNode
}

export function EditorHeader({ session, role, title, shareUrls, onChangeIdentity, actions }: EditorHeaderProps) {
  const [shareOpen, setShareOpen] = useState(false)
  return (
    <header className="draft-header">
      <div className="draft-header__bar">
        <AppLink href="/" className="draft-header__home" aria-label="pepdraft start page">
          pepdraft
        </AppLink>
        <h1 className="draft-header__title">{title ?? 'Untitled draft'}</h1>
        <ConnectionStatus session={session} role={role} />
        <PresenceList awareness={session.provider.awareness} />
        {actions}
        <button type="button" className="button button--quiet" aria-label="Change name and colour" onClick={onChangeIdentity}>
          Change name
        </button>
        {shareUrls && (
          <button
            type="button"
            className="button"
            aria-expanded={shareOpen}
            aria-controls="share-panel"
            onClick={() => setShareOpen((open) => !open)}
          >
            Share
          </button>
        )}
      </div>
      {shareUrls && shareOpen && (
        <section id="share-panel" className="draft-header__share" aria-label="Share links">
          <ShareLinks urls={shareUrls} />
        </section>
      )}
    </header>
  )
}
