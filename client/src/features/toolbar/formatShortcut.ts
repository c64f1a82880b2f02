/** Apple keyboards say ⌘ where others say Ctrl; Tiptap's `Mod` is whichever the platform uses. */
export function isApplePlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad|iPod/.test(nav.platform || nav.userAgent)
}

const APPLE_SYMBOLS: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' }

/** `Mod-Shift-z` → `Ctrl+Shift+Z` (or `⌘⇧Z` on Apple keyboards), for tooltips. */
export function formatShortcut(shortcut: string, apple: boolean): string {
  const parts = shortcut.split('-').map((part) => (part.length === 1 ? part.toUpperCase() : part))
  if (apple) return parts.map((part) => APPLE_SYMBOLS[part] ?? part).join('')
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+')
}

/** `Mod-Shift-z` → `Control+Shift+Z`, the `aria-keyshortcuts` syntax. */
export function ariaShortcut(shortcut: string, apple: boolean): string {
  return shortcut
    .split('-')
    .map((part) => (part === 'Mod' ? (apple ? 'Meta' : 'Control') : part === 'Ctrl' ? 'Control' : part.length === 1 ? part.toUpperCase() : part))
    .join('+')
}
