import CodeBlock from '@tiptap/extension-code-block'

/**
 * A code block keeps its Pygments language name (exported as `.. code-block:: <language>`).
 * Tiptap's code block admits no marks; we admit the comment mark so reviewers can point at code.
 */
export const CodeBlockNode = CodeBlock.extend({ marks: 'comment' }).configure({
  defaultLanguage: null,
  enableTabIndentation: true,
})
