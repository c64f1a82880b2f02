import Document from '@tiptap/extension-document'

export const DocumentNode = Document
