import Link from '@tiptap/extension-link'

/** `` `text <https://…>`__ ``; PEP and RFC links become `:pep:`/`:rfc:` roles on export. */
export const LinkMark = Link.configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
})
