import { useMemo } from 'react'
import { resolveToken } from '../../lib/tokens.js'
import { ProblemPage } from '../../ui/ProblemPage.js'
import { AccessProblem } from './AccessProblem.js'
import { DraftWorkspace, LoadingDraft } from './DraftWorkspace.js'
import { useDocumentAccess } from './useDocumentAccess.js'

interface EditorPageProps {
  docId: string
  hash: string
}

/** `/d/<id>#k=<token>`: check the link with the server, then open the draft with the role it grants. */
export function EditorPage({ docId, hash }: EditorPageProps) {
  const token = useMemo(() => resolveToken(docId, hash), [docId, hash])
  const { access, retry } = useDocumentAccess(docId, token)

  if (token === undefined) {
    return (
      <ProblemPage title="This link is not valid">
        <p>
          This link has no access key. Share links end with <code>#k=</code> followed by a key; open the draft
          from the complete link you were given.
        </p>
      </ProblemPage>
    )
  }
  switch (access.status) {
    case 'checking':
      return <LoadingDraft />
    case 'denied':
      return <AccessProblem docId={docId} token={token} error={access.error} onRetry={retry} />
    case 'granted':
      return <DraftWorkspace docId={docId} token={token} role={access.role} template={access.template} />
  }
}
