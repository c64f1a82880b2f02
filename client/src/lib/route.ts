export type Route = { page: 'start' } | { page: 'editor'; docId: string } | { page: 'not-found'; path: string }

const NAVIGATE_EVENT = 'pepdraft:navigate'

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' }
  const match = /^\/d\/([^/]+)\/?$/.exec(pathname)
  if (match?.[1]) {
    try {
      return { page: 'editor', docId: decodeURIComponent(match[1]) }
    } catch {
      return { page: 'not-found', path: pathname }
    }
  }
  return { page: 'not-found', path: pathname }
}

/** Client-side navigation without a router library: push the URL, then tell {@link subscribeLocation}. */
export function navigate(url: string): void {
  if (url === location.pathname + location.hash) return
  history.pushState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

export function subscribeLocation(listener: () => void): () => void {
  const events = ['popstate', 'hashchange', NAVIGATE_EVENT]
  for (const name of events) window.addEventListener(name, listener)
  return () => {
    for (const name of events) window.removeEventListener(name, listener)
  }
}

/** A left click without modifiers on a same-origin link: handle it in the page, not by a reload. */
export function isPlainLeftClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}
