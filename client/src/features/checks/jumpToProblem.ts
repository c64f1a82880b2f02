import type { HeaderName, Problem, Template } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
import { emptyBodyAfter, nodeAtPath, placeCaretIn, sectionHeading, selectAndReveal } from './editorTargets.js'

export interface JumpContext {
  editor: Editor
  template: Template
  revealField: (name: HeaderName) => void
}

/** Whether clicking the problem can take the user somewhere: a node, a section heading or a field. */
export function hasTarget(problem: Problem): boolean {
  return problem.path !== undefined || problem.field !== undefined || (problem.section !== undefined && problem.code !== 'section.missing')
}

/** Takes the user to what the problem is about: the node it names, else its section, else its field. */
export function jumpToProblem(problem: Problem, { editor, template, revealField }: JumpContext): void {
  const doc = editor.state.doc
  const target =
    (problem.path && nodeAtPath(doc, problem.path)) || (problem.section ? sectionHeading(doc, template, problem.section) : undefined)
  // An empty section asks for text: the caret goes into its body, so typing never replaces the title.
  const body = target && problem.code.startsWith('section.empty') ? emptyBodyAfter(doc, target) : undefined
  if (body) placeCaretIn(editor, body)
  else if (target) selectAndReveal(editor, target)
  else if (problem.field) revealField(problem.field)
}
