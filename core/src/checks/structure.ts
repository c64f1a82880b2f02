import type { DocNode } from '../document/json.js'
import { ADMONITION_KINDS } from '../schema/nodes/admonition.js'
import { HEADING_LEVELS } from '../schema/nodes/heading.js'
import { codeBlockProblems } from './code-blocks.js'
import { footnoteProblems } from './footnotes.js'
import { type Problem, error } from './problem.js'
import { unknownTypeProblems } from './unknown-types.js'
import { walk, nodeText } from './walk.js'

/**
 * PEP-RULES §3: what the document tree must look like to become valid PEP reStructuredText:
 * headings of levels 1–3 at the top level, none empty, none skipping a level; plus code blocks,
 * admonitions, footnotes, and node types the schema knows. The schema already enforces most of
 * this in the editor; imported JSON is checked here.
 */
export function checkStructure(doc: DocNode): Problem[] {
  const problems: Problem[] = [...unknownTypeProblems(doc)]
  let previousLevel = 0
  walk(doc, (node, path, parent) => {
    if (node.type === 'heading') {
      const problem = headingProblem(node, path, parent === doc, previousLevel)
      if (problem) problems.push(problem)
      const level = node.attrs?.level
      if (parent === doc && typeof level === 'number' && (HEADING_LEVELS as readonly number[]).includes(level))
        previousLevel = level
    }
    if (node.type === 'codeBlock') problems.push(...codeBlockProblems(node, path))
    if (node.type === 'admonition' && !(ADMONITION_KINDS as readonly unknown[]).includes(node.attrs?.kind)) {
      const kind = JSON.stringify(node.attrs?.kind)
      const message = `An admonition of kind ${kind} cannot be exported: PEPs use note or warning.`
      problems.push(error('structure.admonition-kind', message, { path }))
    }
    if (node.type === 'admonition' && nodeText(node).trim() === '') {
      // docutils: 'Content block expected for the "note" directive; none found.'
      problems.push(
        error(
          'structure.admonition-empty',
          `This ${String(node.attrs?.kind ?? 'note')} is empty: write its text or remove it.`,
          { path },
        ),
      )
    }
  })
  return [...problems, ...footnoteProblems(doc)]
}

function headingProblem(node: DocNode, path: number[], topLevel: boolean, previousLevel: number): Problem | undefined {
  const title = nodeText(node).trim()
  const name = title ? `Heading “${title}”` : 'A heading'
  const level = node.attrs?.level
  if (typeof level !== 'number' || !(HEADING_LEVELS as readonly number[]).includes(level)) {
    // PEP 12: three section levels, underlined with `=`, `-` and `'`.
    return error(
      'structure.heading-depth',
      `${name} is level ${String(level)}; PEPs have three heading levels: make it level 1, 2 or 3.`,
      { path },
    )
  }
  if (title === '')
    return error('structure.heading-empty', 'A heading is empty: give it a title or remove it.', { path })
  if (!topLevel) {
    // docutils: a section title inside a list, quote or table is "Unexpected section title".
    return error('structure.heading-nested', `${name} is inside another block; headings must stand on their own.`, {
      path,
    })
  }
  if (level > previousLevel + 1) {
    // docutils: a title style deeper than the next level is "Title level inconsistent".
    const parent =
      previousLevel === 0 ? 'there is no level-1 heading before it' : `it follows a level-${previousLevel} heading`
    return error(
      'structure.heading-skip',
      `${name} is level ${level} but ${parent}: make it level ${previousLevel + 1}.`,
      { path },
    )
  }
  return undefined
}
