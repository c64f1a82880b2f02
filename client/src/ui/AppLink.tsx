import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { isPlainLeftClick, navigate } from '../lib/route.js'

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/** A real link (open in new tab works) that navigates in-page on a plain click. */
export function AppLink({ href, onClick, ...props }: AppLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || !isPlainLeftClick(event) || props.target) return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={handleClick} {...props} />
}
