import { useMemo } from 'react'
import { commentSegments } from './commentSegments.js'

/** A comment body as React text nodes, <code> and links: never parsed as HTML. */
export function CommentBody({ body }: { body: string }) {
  const segments = useMemo(() => commentSegments(body), [body])
  return (
    <p className="thread-comment__body">
      {segments.map((segment, i) => {
        switch (segment.kind) {
          case 'text':
            return segment.text
          case 'literal':
            return <code key={i}>{segment.text}</code>
          case 'link':
            return (
              <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
                {segment.text}
              </a>
            )
        }
      })}
    </p>
  )
}
