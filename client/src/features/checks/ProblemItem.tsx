import type { Problem } from '@pepdraft/core'
import { hasTarget } from './jumpToProblem.js'
import { problemPlace } from './problemOrder.js'

interface ProblemItemProps {
  problem: Problem
  onJump: (problem: Problem) => void
  /** Set for editors on a missing section: puts it back in template order. */
  onRestore?: (section: string) => void
}

/** One problem: its message (a button when there is somewhere to go), where it is, and its stable code. */
export function ProblemItem({ problem, onJump, onRestore }: ProblemItemProps) {
  const place = problemPlace(problem)
  return (
    <li className={`check-problem check-problem--${problem.severity}`}>
      {hasTarget(problem) ? (
        <button type="button" className="check-problem__message check-problem__message--link" onClick={() => onJump(problem)}>
          {problem.message}
        </button>
      ) : (
        <span className="check-problem__message">{problem.message}</span>
      )}
      <span className="check-problem__where">
        {place && <span>{place}</span>}
        <code>{problem.code}</code>
      </span>
      {onRestore && problem.section && (
        <button type="button" className="button check-problem__restore" onClick={() => onRestore(problem.section!)}>
          Restore {problem.section}
        </button>
      )}
    </li>
  )
}
