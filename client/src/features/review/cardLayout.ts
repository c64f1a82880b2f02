/** A card beside the document: where its text is (`null`: no text, e.g. on deleted text) and how tall it is. */
export interface CardSlot {
  key: string
  desired: number | null
  height: number
}

export interface CardLayout {
  tops: Record<string, number>
  height: number
}

export const CARD_GAP = 8

/**
 * Vertical positions that put each card level with its text where there is room, pushing later
 * cards down so none overlap. The active card gets its exact place: the cards above move up to
 * make room, as in word processors' comment margins. Cards without text go last.
 */
export function layoutCards(slots: readonly CardSlot[], activeKey: string | null, gap = CARD_GAP): CardLayout {
  const ordered = slots
    .map((slot, index) => ({ slot, index }))
    .sort((a, b) => (a.slot.desired ?? Infinity) - (b.slot.desired ?? Infinity) || a.index - b.index)
    .map(({ slot }) => slot)
  let tops = stackDown(ordered, gap, (slot) => slot.desired)
  const active = ordered.findIndex((slot) => slot.key === activeKey)
  const wanted = ordered[active]?.desired
  if (active >= 0 && wanted != null && tops[active]! > wanted) {
    const raised = [...tops]
    raised[active] = wanted
    for (let i = active - 1; i >= 0; i--) raised[i] = Math.min(raised[i]!, raised[i + 1]! - gap - ordered[i]!.height)
    tops = stackDown(ordered, gap, (slot, i) => (i <= active ? raised[i]! : slot.desired))
  }
  const result: Record<string, number> = {}
  ordered.forEach((slot, i) => (result[slot.key] = tops[i]!))
  const last = ordered.length - 1
  return { tops: result, height: last < 0 ? 0 : tops[last]! + ordered[last]!.height }
}

/** Each card at its wish, or just below the card before it when that is taken; none above 0. */
function stackDown(ordered: readonly CardSlot[], gap: number, wish: (slot: CardSlot, index: number) => number | null): number[] {
  const tops: number[] = []
  let bottom = 0
  ordered.forEach((slot, i) => {
    const top = Math.max(wish(slot, i) ?? bottom, bottom)
    tops.push(top)
    bottom = top + slot.height + gap
  })
  return tops
}
