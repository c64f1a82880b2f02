import { rmSync } from 'node:fs'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { sleep, waitFor } from './proc-stats.js'
import { spawnOurs } from './servers.js'
import type { Row, Suite } from './suite.js'

const RUNS = 3
const WRITERS = 3
/** Each writer pushes one update every 20 ms: 150 updates/s into one document. */
const INTERVAL_MS = 20

interface Peer {
  doc: Y.Doc
  provider: WebsocketProvider
}

/**
 * `kill -9` of our server mid-stream. Writers push numbered items into one document; an observer
 * records which it has received (the server relays an update only after its write-ahead log has it, so
 * an update the observer saw is acknowledged). Kill, restart on the same data directory, and a
 * fresh client counts how many acknowledged updates survived. Clients are gone before the restart,
 * so no author can resend what the server lost.
 */
export const durabilitySuite: Suite = {
  name: 'durability',
  async run() {
    const rows: Row[] = []
    let totalLost = 0
    for (let run = 0; run < RUNS; run++) {
      const r = await killRun(run, 1500 + run * 700)
      totalLost += r.acknowledged - r.survived
      rows.push({
        suite: 'durability',
        case: `run ${run + 1}: kill -9 after ${r.afterMs} ms`,
        note: `acknowledged ${r.acknowledged}, survived ${r.survived}, lost ${r.acknowledged - r.survived}; sent ${r.sent}, stored ${r.stored}`,
      })
    }
    rows.push({ suite: 'durability', case: `total over ${RUNS} runs`, note: `lost ${totalLost} acknowledged updates (goal 0)` })
    return rows
  },
}

async function killRun(run: number, afterMs: number) {
  const server = await spawnOurs()
  const dataDir = server.dataDir!
  const peers: Peer[] = []
  const join = async (port: typeof server) => {
    const room = [...port.tokens!.keys()][0]!
    const doc = new Y.Doc()
    const peer = { doc, provider: port.connect(room, doc) }
    peers.push(peer)
    if (!(await waitFor(() => peer.provider.synced, 20_000))) throw new Error('durability: client did not sync')
    return peer
  }
  const timers: NodeJS.Timeout[] = []
  try {
    process.stderr.write(`bench: durability run ${run + 1}…\n`)
    await server.newRoom('durability')
    const seen = new Set<string>()
    const observer = await join(server)
    observer.doc.getArray<string>('bench').observe((event) => {
      for (const part of event.changes.delta) for (const item of (part.insert as string[] | undefined) ?? []) seen.add(item)
    })
    const writers = await Promise.all(Array.from({ length: WRITERS }, () => join(server)))
    let sent = 0
    writers.forEach((writer, w) => {
      let seq = 0
      timers.push(setInterval(() => (writer.doc.getArray<string>('bench').push([`${w}:${seq++}`]), sent++), INTERVAL_MS))
    })
    await sleep(afterMs)
    const acknowledged = new Set(seen)
    server.child.kill('SIGKILL')
    for (const timer of timers) clearInterval(timer)
    for (const peer of peers.splice(0)) peer.provider.destroy()
    await server.stop(true)

    const restarted = await spawnOurs(dataDir, server.tokens)
    try {
      const fresh = await join(restarted)
      const stored = new Set(fresh.doc.getArray<string>('bench').toArray())
      const survived = [...acknowledged].filter((item) => stored.has(item)).length
      return { afterMs, sent, acknowledged: acknowledged.size, survived, stored: stored.size }
    } finally {
      for (const peer of peers.splice(0)) peer.provider.destroy()
      await restarted.stop(true)
    }
  } finally {
    for (const timer of timers) clearInterval(timer)
    for (const peer of peers) peer.provider.destroy()
    await server.stop(true)
    rmSync(dataDir, { recursive: true, force: true })
  }
}
