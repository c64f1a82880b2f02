import type { ApiFailure } from '../../lib/api.js'
import { findDraft, forgetDraft } from '../../lib/drafts.js'
import { navigate } from '../../lib/route.js'
import { ProblemPage } from '../../ui/ProblemPage.js'

interface AccessProblemProps {
  docId: string
  token: string
  error: ApiFailure
  onRetry: () => void
}

/** 400/401/403/404 mean the link itself is wrong; anything else may pass if tried again. */
export function AccessProblem({ docId, token, error, onRetry }: AccessProblemProps) {
  const linkIsWrong = error.status >= 400 && error.status < 500
  const remembered = findDraft(docId)?.token === token

  if (linkIsWrong) {
    return (
      <ProblemPage
        title="This link is not valid"
        actions={
          remembered && (
            <button
              type="button"
              className="button"
              onClick={() => {
                forgetDraft(docId)
                navigate('/')
              }}
            >
              Forget this draft
            </button>
          )
        }
      >
        <p className="problem-page__message">{asSentence(error.message)}</p>
        <p>
          {error.status === 404
            ? 'The draft may have been deleted, or the link was copied incompletely.'
            : 'Check that you copied the whole link, including the part after #k=. If it still fails, ask the author of the draft for a new link.'}
        </p>
      </ProblemPage>
    )
  }

  return (
    <ProblemPage
      title={error.status === 0 ? 'Could not reach the server' : 'Could not open this draft'}
      actions={
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      }
    >
      <p className="problem-page__message">{asSentence(error.message)}</p>
    </ProblemPage>
  )
}

/** The server's messages are lower-case fragments ("the access key is malformed"). */
function asSentence(message: string): string {
  const text = message.trim()
  if (text === '') return 'The server gave no reason.'
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`
}
