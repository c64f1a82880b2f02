import { readdirSync, rmSync } from 'node:fs'
import { LevelDocumentStore } from '@pepdraft/collab-server'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSynced, eventually } from '../../helpers/clients.js'
import { exited, spawnServer } from '../../helpers/server-process.js'
import { createDocument, tempDataDir } from '../../helpers/server.js'

const STALLED_SERVER = 'tests/helpers/server-stalled-leveldb.ts'
const KILL_AT_APPEND = 120

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('SIGKILL after relaying, before LevelDB has written', () => {
  it('restarts with every update a client had seen, replayed from the write-ahead log, and removes the log', async () => {
    const dataDir = tempDataDir()
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const first = await spawnServer(dataDir, STALLED_SERVER, { KILL_AT_APPEND: String(KILL_AT_APPEND) })
    cleanups.push(() => first.child.kill('SIGKILL'))
    const doc = await createDocument(first.url)
    const writer = await connectSynced(first.port, doc.id, doc.tokens.edit)
    const observer = await connectSynced(first.port, doc.id, doc.tokens.view)
    cleanups.push(() => writer.destroy(), () => observer.destroy())
    let n = 0
    const interval = setInterval(() => writer.doc.getArray<number>('log').push([n++]), 2)
    cleanups.push(() => clearInterval(interval))
    // The server kills itself as its KILL_AT_APPEND-th append begins.
    await exited(first.child)
    clearInterval(interval)
    // Whatever reached the observer's socket before the kill is read before the close.
    await eventually(() => !observer.provider.wsconnected, 'the observer to notice the kill')
    const acknowledged = observer.doc.getArray<number>('log').toArray()
    writer.destroy()
    observer.destroy()

    // LevelDB alone has only the template seed: the acknowledged updates are in the log only.
    const level = await LevelDocumentStore.open(dataDir)
    expect((await level.loadRoom(doc.id)).updates).toHaveLength(1)
    await level.close()

    const second = await spawnServer(dataDir)
    cleanups.push(() => second.child.kill('SIGKILL'))
    const fresh = await connectSynced(second.port, doc.id, doc.tokens.view)
    cleanups.push(() => fresh.destroy())
    expect(fresh.doc.getArray<number>('log').toArray().slice(0, acknowledged.length)).toEqual(acknowledged)
    // Each update was relayed as soon as it was logged: the observer saw all but the one killed mid-append.
    expect(acknowledged).toEqual(Array.from({ length: KILL_AT_APPEND - 1 }, (_, i) => i))
    expect(readdirSync(dataDir).filter((name) => name.startsWith('write-ahead.')), 'replayed log files').toEqual([])
  }, 60_000)
})
