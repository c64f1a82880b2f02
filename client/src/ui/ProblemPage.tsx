import type { ReactNode } from 'react'
import { AppLink } from './AppLink.js'
import './problem-page.css'

interface ProblemPageProps {
  title: string
  children: ReactNode
  actions?: ReactNode
}

/** A page explaining why nothing else can be shown: never leave the user with a blank screen. */
export function ProblemPage({ title, children, actions }: ProblemPageProps) {
  return (
    <main className="problem-page">
      <h1>{title}</h1>
      <div className="problem-page__body">{children}</div>
      <p className="problem-page__actions">
        {actions}
        <AppLink href="/">Go to the start page</AppLink>
      </p>
    </main>
  )
}
