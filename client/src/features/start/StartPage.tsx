import { CreateDraft } from './CreateDraft.js'
import { DraftList } from './DraftList.js'
import './start.css'

export function StartPage() {
  return (
    <main className="start-page">
      <header className="start-page__header">
        <h1>pepdraft</h1>
        <p className="muted">Draft and review Python Enhancement Proposals together.</p>
      </header>
      <CreateDraft />
      <DraftList />
    </main>
  )
}
