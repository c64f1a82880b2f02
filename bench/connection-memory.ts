import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { percentile } from './stats.js'
import { rssBytes, sleep, waitFor } from './proc-stats.js'
import type { BenchServer } from './servers.js'

/** Loaded documents the idle connections join; ours holds at most 250 connections per document. */
const ROOMS = 10
/** Connections that load the documents and warm the code paths before the first sample. */
const FIRST_PER_ROOM = 10
/**
 * Then `STEPS` steps of `STEP_PER_ROOM` connections per document, RSS sampled after each. V8 grows or
 * shrinks its young generation by several MiB at moments of its choosing; the median step ignores that.
 */
const STEPS = 5
const STEP_PER_ROOM = 40

export interface ConnectionMemory {
  /** RSS growth per connection over each step, bytes; the median is the result. */
  perConnectionSteps: number[]
  perConnection: number
  connections: number
  rooms: number
}

/**
 * RSS per connection alone: rooms already loaded and code already warm before the first sample, so
 * neither document content nor one-off growth (JIT code, pools) is charged to connections. At 50
 * connections (the hot scenario) a connection's few KiB are below RSS noise; here 400 join per step.
 */
export async function measureConnectionMemory(server: BenchServer): Promise<ConnectionMemory> {
  process.setMaxListeners(Math.max(process.getMaxListeners(), ROOMS * (FIRST_PER_ROOM + STEPS * STEP_PER_ROOM) + 20))
  const rooms: string[] = []
  for (let r = 0; r < ROOMS; r++) rooms.push(await server.newRoom(`memory-${r}`))
  const clients: { doc: Y.Doc; provider: WebsocketProvider }[] = []
  const join = async (perRoom: number) => {
    for (const room of rooms) {
      for (let c = 0; c < perRoom; c++) {
        const doc = new Y.Doc()
        clients.push({ doc, provider: server.connect(room, doc) })
      }
    }
    if (!(await waitFor(() => clients.every((c) => c.provider.synced), 60_000))) throw new Error(`${server.name}: clients did not sync`)
    await sleep(1000)
    return rssBytes(server.pid)
  }
  try {
    let rss = await join(FIRST_PER_ROOM)
    const perConnectionSteps: number[] = []
    for (let step = 0; step < STEPS; step++) {
      const next = await join(STEP_PER_ROOM)
      perConnectionSteps.push((next - rss) / (ROOMS * STEP_PER_ROOM))
      rss = next
    }
    return { perConnectionSteps, perConnection: percentile(perConnectionSteps, 50), connections: clients.length, rooms: ROOMS }
  } finally {
    for (const client of clients) {
      client.provider.destroy()
      client.doc.destroy()
    }
  }
}
