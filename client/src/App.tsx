import { lazy, Suspense } from 'react'
import { StartPage } from './features/start/StartPage.js'
import { parseRoute } from './lib/route.js'
import { tokenFromHash } from './lib/tokens.js'
import { useLocation } from './lib/useLocation.js'
import { ProblemPage } from './ui/ProblemPage.js'

// The editor brings Tiptap, ProseMirror and Yjs: the start page should not wait for them.
const EditorPage = lazy(() => import('./features/editor/EditorPage.js').then((module) => ({ default: module.EditorPage })))

export function App() {
  const { pathname, hash } = useLocation()
  const route = parseRoute(pathname)
  switch (route.page) {
    case 'start':
      return <StartPage />
    case 'editor':
      return (
        <Suspense fallback={<p className="page-loading">Loading draft…</p>}>
          {/* A new link for the same draft (another token) opens a fresh session. */}
          <EditorPage key={`${route.docId}#${tokenFromHash(hash) ?? ''}`} docId={route.docId} hash={hash} />
        </Suspense>
      )
    case 'not-found':
      return (
        <ProblemPage title="Page not found">
          <p>There is nothing at {route.path}.</p>
        </ProblemPage>
      )
  }
}
