import { describe, expect, it } from 'vitest'
import { layoutCards } from '../../client/src/features/review/cardLayout.js'

const slot = (key: string, desired: number | null, height = 50) => ({ key, desired, height })

describe('layoutCards', () => {
  it('puts each card level with its text when there is room', () => {
    expect(layoutCards([slot('a', 10), slot('b', 200)], null, 8)).toEqual({ tops: { a: 10, b: 200 }, height: 250 })
  })

  it('pushes a card down below the one before it instead of overlapping', () => {
    expect(layoutCards([slot('a', 10), slot('b', 20), slot('c', 30)], null, 8).tops).toEqual({ a: 10, b: 68, c: 126 })
  })

  it('orders cards by their text, whatever order they come in', () => {
    expect(layoutCards([slot('late', 300), slot('early', 0)], null, 8).tops).toEqual({ early: 0, late: 300 })
  })

  it('gives the active card its exact place and moves the cards above it up', () => {
    const { tops } = layoutCards([slot('a', 100), slot('b', 110), slot('c', 120)], 'c', 8)
    expect(tops).toEqual({ a: 4, b: 62, c: 120 })
  })

  it('never moves a card above the top: the active card then yields', () => {
    const { tops } = layoutCards([slot('a', 0), slot('b', 10)], 'b', 8)
    expect(tops).toEqual({ a: 0, b: 58 })
  })

  it('lets the cards below an active card move back up toward their text', () => {
    const { tops } = layoutCards([slot('a', 100), slot('b', 110), slot('c', 300)], 'b', 8)
    expect(tops).toEqual({ a: 52, b: 110, c: 300 })
  })

  it('puts cards without text (on deleted text) after the others', () => {
    expect(layoutCards([slot('gone', null), slot('here', 40)], null, 8).tops).toEqual({ here: 40, gone: 98 })
  })

  it('is empty for no cards', () => {
    expect(layoutCards([], null)).toEqual({ tops: {}, height: 0 })
  })
})
