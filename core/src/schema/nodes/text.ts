import Text from '@tiptap/extension-text'

export const TextNode = Text
