import type { Suggestion } from '@pepdraft/core'
import { usePendingAction } from './usePendingAction.js'
import { FormError } from '../../ui/FormError.js'

interface SuggestionBlockProps {
  suggestion: Suggestion
  /** Editors decide suggestions; everyone else only reads them. */
  canDecide: boolean
  /** Applying needs the anchored text: a thread on deleted text can only be dismissed. */
  attached: boolean
  onApply: () => Promise<string | undefined>
  onDismiss: () => Promise<string | undefined>
}

const OUTCOME = { applied: 'Applied', dismissed: 'Dismissed' } as const

export function SuggestionBlock({ suggestion, canDecide, attached, onApply, onDismiss }: SuggestionBlockProps) {
  const { busy, error, run } = usePendingAction()
  return (
    <div className={`thread-suggestion thread-suggestion--${suggestion.status}`}>
      <p className="thread-suggestion__label">
        Suggested replacement
        {suggestion.status !== 'pending' && (
          <span className="thread-suggestion__outcome">
            {' '}
            — {OUTCOME[suggestion.status]}
            {suggestion.decidedBy ? ` by ${suggestion.decidedBy.name}` : ''}
          </span>
        )}
      </p>
      <p className="thread-suggestion__text">{suggestion.text === '' ? <em>(delete the text)</em> : suggestion.text}</p>
      {canDecide && suggestion.status === 'pending' && (
        <div className="thread-card__buttons">
          <button
            type="button"
            className="button button--small button--primary"
            aria-label="Apply suggestion"
            disabled={busy || !attached}
            title={attached ? undefined : 'The text it replaces was deleted'}
            onClick={() => void run(onApply)}
          >
            Apply
          </button>
          <button type="button" className="button button--small" aria-label="Dismiss suggestion" disabled={busy} onClick={() => void run(onDismiss)}>
            Dismiss
          </button>
        </div>
      )}
      <FormError>{error}</FormError>
    </div>
  )
}
