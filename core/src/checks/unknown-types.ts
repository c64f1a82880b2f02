import type { DocNode } from '../document/json.js'
import { pepSchema } from '../schema/schema.js'
import { type Problem, error } from './problem.js'
import { walk } from './walk.js'

/**
 * Nodes and marks the PEP schema does not define (from imported JSON): the exporter has no
 * handler for them, so they are errors here rather than surprises at export.
 */
export function unknownTypeProblems(doc: DocNode): Problem[] {
  const schema = pepSchema()
  const problems: Problem[] = []
  walk(doc, (node, path) => {
    if (typeof node.type !== 'string' || !(node.type in schema.nodes) || node.type === 'doc') {
      problems.push(
        error(
          'structure.unknown-node',
          `A PEP cannot hold a “${String(node.type)}” node: remove it or rewrite it as text.`,
          { path },
        ),
      )
    }
    for (const mark of Array.isArray(node.marks) ? node.marks : []) {
      if (typeof mark?.type !== 'string' || !(mark.type in schema.marks)) {
        problems.push(
          error('structure.unknown-mark', `A PEP cannot hold “${String(mark?.type)}” formatting: remove it.`, { path }),
        )
      }
    }
  })
  return problems
}
