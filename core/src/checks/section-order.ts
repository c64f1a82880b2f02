import type { Problem } from './problem.js'
import { warning } from './problem.js'

export interface PlacedSection {
  /** The template's title for it. */
  title: string
  /** Its position in the template. */
  rank: number
  /** Index of its heading in `doc.content`. */
  index: number
}

/** Indices (into `ranks`) of a longest strictly increasing subsequence: the sections already in order. */
function inOrder(ranks: readonly number[]): Set<number> {
  const length = ranks.map(() => 1)
  const previous = ranks.map(() => -1)
  ranks.forEach((rank, i) => {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! < rank && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1
        previous[i] = j
      }
    }
  })
  const kept = new Set<number>()
  let i = length.indexOf(Math.max(0, ...length))
  while (i >= 0) {
    kept.add(i)
    i = previous[i]!
  }
  return kept
}

/**
 * PEP-RULES §2: section order against the template is a warning, never an error (most recent
 * Standards Track PEPs put Rationale before Specification). Reports the fewest sections that,
 * moved, would restore the template order.
 */
export function sectionOrderProblems(sections: readonly PlacedSection[]): Problem[] {
  const placed = [...sections].sort((a, b) => a.index - b.index)
  const kept = inOrder(placed.map((p) => p.rank))
  const anchors = placed.filter((_, i) => kept.has(i))
  return placed
    .filter((_, i) => !kept.has(i))
    .map((section) => {
      const before = anchors.find((a) => a.rank > section.rank)
      const after = [...anchors].reverse().find((a) => a.rank < section.rank)
      const where = before ? `before “${before.title}”` : after ? `after “${after.title}”` : 'elsewhere'
      return warning(
        'section.order',
        `“${section.title}” is out of the template's order: the template puts it ${where}.`,
        {
          section: section.title,
          path: [section.index],
        },
      )
    })
}
