import type { DocNode } from '../document/json.js'
import { type Problem, error, warning } from './problem.js'
import { nodeText } from './walk.js'

/** A Pygments short name (`python`, `c++`, `pycon`, `objective-c`, `text`): no spaces or punctuation runs. */
const LANGUAGE = /^[A-Za-z0-9][\w+#.-]*$/

/**
 * PEP-RULES §3: code is `.. code-block:: <language>` with a Pygments short name (`text` for none),
 * and the directive needs content.
 */
export function codeBlockProblems(node: DocNode, path: number[]): Problem[] {
  const problems: Problem[] = []
  const language = node.attrs?.language
  if (language === undefined || language === null || (typeof language === 'string' && language.trim() === '')) {
    problems.push(
      warning(
        'structure.code-language',
        'This code block has no language: choose one (python, c, toml… or text for plain text) so readers get the right highlighting.',
        { path },
      ),
    )
  } else if (typeof language !== 'string' || !LANGUAGE.test(language.trim())) {
    problems.push(
      error(
        'structure.code-language-format',
        `“${String(language)}” is not a Pygments language name: use a short name such as python, c, toml or text.`,
        { path },
      ),
    )
  }
  if (nodeText(node).trim() === '') {
    // docutils: 'Content block expected for the "code-block" directive; none found.'
    problems.push(
      error('structure.code-empty', 'This code block is empty: write the code or remove the block.', { path }),
    )
  }
  return problems
}
