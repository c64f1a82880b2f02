import Bold from '@tiptap/extension-bold'
import Italic from '@tiptap/extension-italic'

/** `*emphasis*` and `**strong**`. */
export const ItalicMark = Italic
export const BoldMark = Bold
