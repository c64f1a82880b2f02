import { CONTENT_FIELD } from '@pepdraft/core'
import { expect } from 'vitest'
import * as Y from 'yjs'
import { type Client, connectClient, eventually } from './clients.js'

/**
 * Two real y-websocket providers on one document that keep writing markers into the array `good`
 * while a test abuses the server, so the test can tell whether the server kept serving them and
 * whether anything they wrote was lost.
 */
export interface WellBehavedPair {
  a: Client
  b: Client
  /** Every marker either client has written, in order of writing. */
  readonly written: readonly string[]
  /** Writes one marker on each side and waits until the other side sees it. */
  stillSyncs(label: string, timeoutMs?: number): Promise<void>
  /** Stops the background writes and waits until both clients hold every marker. */
  settle(timeoutMs?: number): Promise<void>
  /** Expects `doc` (a fresh client, possibly after a restart) to hold exactly what the pair holds. */
  expectHeldBy(doc: Y.Doc): void
  /** Markers each client received from the other: the server relayed them, so it had stored them. */
  relayed(): string[]
  /** Points both providers at a restarted server (a new port); they reconnect and resync. */
  moveTo(port: number): void
  destroy(): void
}

export interface PairOptions {
  /** Interval of the background writes, alternating between the two clients. */
  chatterMs?: number
  /** Fixed Yjs client ids, so seeded fuzzing never forges the pair's ids by chance. */
  clientIds?: [number, number]
}

export async function startWellBehavedPair(port: number, room: string, token: string, options: PairOptions = {}): Promise<WellBehavedPair> {
  const [idA, idB] = options.clientIds ?? [0x2b1e_7c3a, 0x3d94_a5e1]
  const a = connectClient(port, room, token, docWithClientId(idA))
  const b = connectClient(port, room, token, docWithClientId(idB))
  await eventually(() => a.provider.synced && b.provider.synced, 'the good pair to sync', 10_000)
  const written: string[] = []
  const write = (client: Client, marker: string) => {
    written.push(marker)
    client.doc.getArray<string>('good').push([marker])
  }
  const holds = (client: Client, markers: readonly string[]) => {
    const held = new Set(client.doc.getArray<string>('good').toArray())
    return markers.every((m) => held.has(m))
  }
  let n = 0
  const chatter = setInterval(() => {
    n += 1
    write(n % 2 === 0 ? a : b, `${n % 2 === 0 ? 'a' : 'b'}:${n}`)
  }, options.chatterMs ?? 20)

  return {
    a,
    b,
    written,
    async stillSyncs(label, timeoutMs = 5000) {
      const both = [`a:${label}`, `b:${label}`]
      write(a, both[0]!)
      write(b, both[1]!)
      await eventually(() => holds(a, both) && holds(b, both), `"${label}" to reach both clients`, timeoutMs)
    },
    async settle(timeoutMs = 10_000) {
      clearInterval(chatter)
      await eventually(() => holds(a, written) && holds(b, written), 'both clients to hold every marker', timeoutMs)
      await eventually(() => Y.equalSnapshots(Y.snapshot(a.doc), Y.snapshot(b.doc)), 'the pair to converge', timeoutMs)
    },
    expectHeldBy(doc) {
      const good = doc.getArray<string>('good').toArray()
      expect(written.filter((m) => !good.includes(m)), 'markers the pair wrote but the document lost').toEqual([])
      expect(good).toEqual(a.doc.getArray<string>('good').toArray())
      expect(doc.getXmlFragment(CONTENT_FIELD).toString()).toBe(a.doc.getXmlFragment(CONTENT_FIELD).toString())
      expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(a.doc)), 'same state vector and delete set as the pair').toBe(true)
    },
    relayed() {
      const from = (client: Client, side: string) => client.doc.getArray<string>('good').toArray().filter((m) => m.startsWith(`${side}:`))
      return [...from(a, 'b'), ...from(b, 'a')]
    },
    moveTo(port) {
      for (const client of [a, b]) client.provider.serverUrl = `ws://127.0.0.1:${port}/collab`
    },
    destroy() {
      clearInterval(chatter)
      a.destroy()
      b.destroy()
    },
  }
}

export function docWithClientId(clientId: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientId
  return doc
}
