import { forgetDraft, type LocalDraft } from '../../lib/drafts.js'
import { deleteLocalCopy } from '../../lib/localCopy.js'
import { ROLE_NAMES } from '../../lib/roles.js'
import { editorPath } from '../../lib/tokens.js'
import { AppLink } from '../../ui/AppLink.js'
import { useDrafts } from './useDrafts.js'

export function draftTitle(draft: Pick<LocalDraft, 'id' | 'title'>): string {
  return draft.title?.trim() || `Untitled draft ${draft.id.slice(0, 8)}`
}

/** Drafts opened in this browser. Forgetting drops the link and the local copy, not the draft itself. */
export function DraftList() {
  const drafts = useDrafts()

  const forget = (draft: LocalDraft) => {
    forgetDraft(draft.id)
    deleteLocalCopy(draft.id)
  }

  return (
    <section className="start-card" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Your drafts</h2>
      {drafts.length === 0 ? (
        <p className="muted">Drafts you create or open in this browser are listed here.</p>
      ) : (
        <ul className="draft-list" aria-labelledby="drafts-heading">
          {drafts.map((draft) => (
            <li key={draft.id} className="draft-list__item">
              <AppLink className="draft-list__title" href={editorPath(draft.id, draft.token)}>
                {draftTitle(draft)}
              </AppLink>
              <span className="draft-list__meta">
                as {ROLE_NAMES[draft.role]} · opened <LastOpened iso={draft.lastOpened} />
              </span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Forget ${draftTitle(draft)}`}
                title="Remove from this list and delete the copy kept in this browser"
                onClick={() => forget(draft)}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function LastOpened({ iso }: { iso: string }) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return <>some time ago</>
  return <time dateTime={iso}>{date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>
}
