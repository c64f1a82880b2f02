import Blockquote from '@tiptap/extension-blockquote'

export const BlockquoteNode = Blockquote
