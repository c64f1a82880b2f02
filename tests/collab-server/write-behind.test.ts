import { rmSync } from 'node:fs'
import { LevelDocumentStore, WriteAheadStore, createServer } from '@pepdraft/collab-server'
import { afterEach, describe, expect, it } from 'vitest'
import type { UpdateRun } from '../../collab-server/src/persistence/store.js'
import { WriteBehindQueue } from '../../collab-server/src/persistence/write-behind.js'
import { connectSynced, eventually } from '../helpers/clients.js'
import { createDocument, tempDataDir } from '../helpers/server.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const run = (room: string, firstSeq: number): UpdateRun => ({ room, firstSeq, updates: [new Uint8Array([firstSeq])] })

describe('write-behind queue', () => {
  it('writes every run queued within the delay in one call, and resolves each only after it', async () => {
    const writes: string[][] = []
    let finish!: () => void
    const queue = new WriteBehindQueue(async (runs) => {
      writes.push(runs.map((r) => `${r.room}@${r.firstSeq}`))
      await new Promise<void>((resolve) => (finish = resolve))
    }, 30)
    const settled: string[] = []
    const all = ['a', 'b', 'c'].map((room, i) => queue.add(run(room, i + 1)).then(() => settled.push(room)))
    await eventually(() => writes.length === 1, 'the delayed write')
    expect(writes).toEqual([['a@1', 'b@2', 'c@3']])
    expect(settled, 'nothing resolves while the write is in flight').toEqual([])
    finish()
    await Promise.all(all)
    expect(settled.sort()).toEqual(['a', 'b', 'c'])
  })

  it('rejects every run of a failed write, so each room keeps its updates and retries', async () => {
    const queue = new WriteBehindQueue(() => Promise.reject(new Error('IO error: disk full')), 5)
    const results = await Promise.allSettled([queue.add(run('a', 1)), queue.add(run('b', 1))])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('disk full')
  })

  it('flush writes at once and waits for writes already under way (close)', async () => {
    const writes: number[] = []
    let finishFirst!: () => void
    const queue = new WriteBehindQueue(async (runs) => {
      writes.push(runs.length)
      if (writes.length === 1) await new Promise<void>((resolve) => (finishFirst = resolve))
    }, 60_000)
    const first = queue.add(run('a', 1))
    const flushing = queue.flush()
    const second = queue.add(run('b', 1))
    let flushed = false
    void flushing.then(() => (flushed = true))
    await new Promise((r) => setTimeout(r, 20))
    expect(flushed, 'the first write is still under way').toBe(false)
    finishFirst()
    await flushing
    await first
    await queue.flush()
    await second
    expect(writes).toEqual([1, 1])
  })
})

describe('write-behind on a server', () => {
  it('stores updates of many documents in a few LevelDB batches, and has them all after a restart', async () => {
    const dir = tempDataDir()
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const level = await LevelDocumentStore.open(dir)
    const batches: number[] = []
    const appendUpdateRuns = level.appendUpdateRuns.bind(level)
    level.appendUpdateRuns = (runs) => {
      batches.push(runs.length)
      return appendUpdateRuns(runs)
    }
    const store = await WriteAheadStore.open(dir, level, { writeBehindMs: 300 })
    const server = createServer({ store })
    const { url, port } = await server.listen(0)
    const docs = await Promise.all(Array.from({ length: 8 }, () => createDocument(url)))
    const clients = await Promise.all(docs.map((doc) => connectSynced(port, doc.id, doc.tokens.edit)))
    const before = batches.length
    clients.forEach((client, i) => client.doc.getText('scratch').insert(0, `document ${i}`))
    await eventually(() => batches.length > before, 'the write-behind batch')
    await new Promise((r) => setTimeout(r, 100))
    const runs = batches.slice(before)
    expect(runs.reduce((a, b) => a + b, 0), 'one run per document').toBe(8)
    expect(runs.length, 'far fewer LevelDB writes than documents').toBeLessThanOrEqual(2)
    for (const client of clients) client.destroy()
    await server.close()
    await store.close()

    const reopened = await LevelDocumentStore.open(dir)
    cleanups.push(() => reopened.close())
    const { Doc, applyUpdate } = await import('yjs')
    for (const [i, doc] of docs.entries()) {
      const ydoc = new Doc()
      for (const u of (await reopened.loadRoom(doc.id)).updates) applyUpdate(ydoc, u)
      expect(ydoc.getText('scratch').toString()).toBe(`document ${i}`)
    }
  })
})
