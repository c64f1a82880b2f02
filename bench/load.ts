import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { mulberry32 } from '../tests/helpers/mulberry32.js'
import { cpuMs, rssBytes, sleep, waitFor } from './proc-stats.js'
import type { BenchServer } from './servers.js'

/** A sync load: `rooms` documents, `clientsPerRoom` writers each, Poisson writes at `totalRate` per second in all. */
export interface Scenario {
  label: string
  rooms: number
  clientsPerRoom: number
  totalRate: number
  warmupMs: number
  measureMs: number
  /** After the window, how long to wait for the last deliveries. */
  drainMs: number
  seed: number
}

export interface LoadResult {
  /** Receive − send, ms, for every delivery of an update sent inside the window. */
  latencies: number[]
  /** Deliveries due for updates sent inside the window: each goes to every other client in its room. */
  expected: number
  received: number
  sent: number
  connections: number
  /** Server RSS with every room created and loaded (one loader client each), then with every measured client connected and synced too. */
  idleRss: number
  connectedRss: number
  /** Server CPU time (user + system) during the window. */
  serverCpuMs: number
  /** This process's (the load generator's) CPU time during the window: near `windowMs` it, not the server, sets the latency. */
  generatorCpuMs: number
  windowMs: number
}

interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
}

/**
 * One process drives every client, so send and receive times share `performance.now()`. Each write
 * sets the writer's own key of a Y.Map to `"<seq>:<sent at>"`; every other client in the room
 * timestamps its arrival. A map, not an array: reading a Y.Array event's changes walks the whole
 * array, which grew with every write and took half the generator's CPU by the end of a hot round
 * (profiled), so the generator, not the server, set the latency.
 */
export async function runLoad(server: BenchServer, scenario: Scenario): Promise<LoadResult> {
  // Each y-websocket provider in Node adds a process 'exit' listener.
  process.setMaxListeners(Math.max(process.getMaxListeners(), scenario.rooms * (scenario.clientsPerRoom + 1) + 20))
  await warmUp(server, scenario.label)
  // Documents are created and loaded, with the same template content on both servers, before the
  // idle sample: creating one is an API call on ours (`POST /api/documents`) and free on the
  // reference, and document memory has its own suite (doc-memory). A loader client per room keeps
  // it loaded until the connected sample, then leaves before the writes.
  const rooms: string[] = []
  for (let r = 0; r < scenario.rooms; r++) rooms.push(await server.newRoom(`${scenario.label}-${r}`))
  const loaders = await Promise.all(rooms.map((room) => openSynced(server, room)))
  await sleep(300)
  const idleRss = rssBytes(server.pid)
  const clients: BenchClient[] = []
  const window = { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY }
  const result = { latencies: [] as number[], expected: 0, received: 0, sent: 0 }
  try {
    for (const room of rooms) {
      for (let c = 0; c < scenario.clientsPerRoom; c++) {
        const doc = new Y.Doc()
        doc.getMap<string>('bench').observe((event) => {
          if (event.transaction.local) return
          const now = performance.now()
          for (const key of event.keysChanged) {
            const value = event.target.get(key) as string
            const sentAt = Number(value.slice(value.indexOf(':') + 1))
            if (sentAt < window.start || sentAt >= window.end) continue
            result.received++
            result.latencies.push(now - sentAt)
          }
        })
        clients.push({ doc, provider: server.connect(room, doc) })
      }
    }
    if (!(await waitFor(() => clients.every((c) => c.provider.synced), 60_000))) throw new Error(`${server.name}: clients did not sync`)
    await sleep(1000)
    const connectedRss = rssBytes(server.pid)
    for (const loader of loaders.splice(0)) loader()

    const random = mulberry32(scenario.seed)
    const perClientRate = scenario.totalRate / clients.length
    const timers = new Set<NodeJS.Timeout>()
    let writing = true
    const schedule = (index: number, seq: number) => {
      const delay = (-Math.log(1 - random()) / perClientRate) * 1000
      const timer = setTimeout(() => {
        timers.delete(timer)
        if (!writing) return
        const sentAt = performance.now()
        if (sentAt >= window.start && sentAt < window.end) {
          result.sent++
          result.expected += scenario.clientsPerRoom - 1
        }
        clients[index]!.doc.getMap<string>('bench').set(String(index), `${seq}:${sentAt}`)
        schedule(index, seq + 1)
      }, delay)
      timers.add(timer)
    }
    clients.forEach((_, index) => schedule(index, 0))
    await sleep(scenario.warmupMs)
    window.start = performance.now()
    window.end = window.start + scenario.measureMs
    const cpuBefore = cpuMs(server.pid)
    const generatorBefore = process.cpuUsage()
    await sleep(scenario.measureMs)
    const serverCpuMs = cpuMs(server.pid) - cpuBefore
    const generator = process.cpuUsage(generatorBefore)
    const generatorCpuMs = (generator.user + generator.system) / 1000
    writing = false
    for (const timer of timers) clearTimeout(timer)
    await waitFor(() => result.received >= result.expected, scenario.drainMs)
    return { ...result, connections: clients.length, idleRss, connectedRss, serverCpuMs, generatorCpuMs, windowMs: scenario.measureMs }
  } finally {
    for (const loader of loaders) loader()
    for (const client of clients) {
      client.provider.destroy()
      client.doc.destroy()
    }
  }
}

/** A client joined to `room` and synced; call the result to leave. */
async function openSynced(server: BenchServer, room: string): Promise<() => void> {
  const doc = new Y.Doc()
  const provider = server.connect(room, doc)
  if (!(await waitFor(() => provider.synced, 30_000))) throw new Error(`${server.name}: ${room} did not sync`)
  return () => {
    provider.destroy()
    doc.destroy()
  }
}

/**
 * One room opened, synced and left before the idle sample, on either server: one-time start-up work
 * (lazily built schema, first LevelDB reads, JIT) is then not charged to the measured connections.
 */
async function warmUp(server: BenchServer, label: string): Promise<void> {
  const doc = new Y.Doc()
  const provider = server.connect(await server.newRoom(`${label}-warm-up`), doc)
  await waitFor(() => provider.synced, 30_000)
  provider.destroy()
  doc.destroy()
}
