import { hang } from '../indent.js'
import type { State } from '../state.js'
import type { BlockNode } from '../tree.js'

/**
 * The items of a bullet or enumerated list. PEP 12: item bodies aligned with the text after the
 * marker; a blank line before a nested list. Items of one paragraph each sit on consecutive
 * lines; as soon as one item holds more, items are separated by blank lines.
 */
export function listItems(markers: readonly string[], items: readonly BlockNode[][], state: State): string {
  const loose = items.some((item) => item.length > 1 || (item[0] !== undefined && item[0].type !== 'paragraph'))
  return items
    .map((item, i) => {
      const marker = markers[i] ?? '- '
      return hang(marker, state.blocks(item, state.width - marker.length))
    })
    .join(loose ? '\n\n' : '\n')
}
