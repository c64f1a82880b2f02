import { rmSync } from 'node:fs'
import { LevelDocumentStore } from '@pepdraft/collab-server'
import { readContent } from '@pepdraft/core'
import { afterEach, describe, expect, it } from 'vitest'
import { connectClient, connectSynced, eventually, synced } from '../helpers/clients.js'
import { exited, spawnServer } from '../helpers/server-process.js'
import { createDocument, startServer, tempDataDir } from '../helpers/server.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('persistence', () => {
  it('keeps content across a graceful restart, and a fresh client sees it on its first sync', async () => {
    let t = await startServer()
    const doc = await createDocument(t.url)
    const a = await connectSynced(t.port, doc.id, doc.tokens.edit)
    const watcher = await connectSynced(t.port, doc.id, doc.tokens.view)
    a.doc.getText('scratch').insert(0, 'survives restarts')
    const before = readContent(a.doc)
    await eventually(() => watcher.doc.getText('scratch').length > 0, 'the server to relay the edit')
    a.destroy()
    watcher.destroy()
    t = await t.restart()
    cleanups.push(() => t.stop())
    const fresh = connectClient(t.port, doc.id, doc.tokens.view)
    cleanups.push(() => fresh.destroy())
    // Checked at the first 'sync' event: no empty flash, and the template is there exactly once.
    await synced(fresh)
    expect(fresh.doc.getText('scratch').toString()).toBe('survives restarts')
    expect(readContent(fresh.doc)).toEqual(before)
  })

  it('never loses an update another client has seen, when the server is killed with SIGKILL mid-stream', async () => {
    const dataDir = tempDataDir()
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const first = await spawnServer(dataDir)
    cleanups.push(() => first.child.kill('SIGKILL'))
    const doc = await createDocument(first.url)
    const writer = await connectSynced(first.port, doc.id, doc.tokens.edit)
    const observer = await connectSynced(first.port, doc.id, doc.tokens.view)
    cleanups.push(() => writer.destroy(), () => observer.destroy())
    const log = writer.doc.getArray<number>('log')
    const seen = observer.doc.getArray<number>('log')
    let n = 0
    const interval = setInterval(() => log.push([n++]), 2)
    await eventually(() => seen.length >= 150, 'the observer to see 150 updates', 15_000)
    first.child.kill('SIGKILL')
    const acknowledged = seen.toArray()
    clearInterval(interval)
    await exited(first.child)
    writer.destroy()
    observer.destroy()

    const second = await spawnServer(dataDir)
    cleanups.push(() => second.child.kill('SIGKILL'))
    const fresh = await connectSynced(second.port, doc.id, doc.tokens.view)
    cleanups.push(() => fresh.destroy())
    const stored = fresh.doc.getArray<number>('log').toArray()
    expect(acknowledged.length).toBeGreaterThanOrEqual(150)
    expect(stored.slice(0, acknowledged.length)).toEqual(acknowledged)
  })

  it('compacts a room into few stored records and loads the same content back', async () => {
    const t = await startServer({ compactAfterUpdates: 10 })
    const doc = await createDocument(t.url)
    const a = await connectSynced(t.port, doc.id, doc.tokens.edit)
    const text = a.doc.getText('scratch')
    for (let i = 0; i < 60; i++) {
      text.insert(text.length, `${i},`)
      await new Promise((r) => setTimeout(r, 2))
    }
    const expected = text.toString()
    a.destroy()
    await t.server.close()
    const store = await LevelDocumentStore.open(t.dataDir)
    const stored = await store.loadRoom(doc.id)
    await store.close()
    expect(stored.updates.length).toBeLessThan(12)
    const restarted = await startServer({}, t.dataDir)
    cleanups.push(() => restarted.stop())
    const fresh = await connectSynced(restarted.port, doc.id, doc.tokens.edit)
    cleanups.push(() => fresh.destroy())
    expect(fresh.doc.getText('scratch').toString()).toBe(expected)
  })

  it('evicts an idle room from memory after flushing it, and reloads it intact', async () => {
    const t = await startServer({ evictAfterMs: 50 })
    cleanups.push(() => t.stop())
    const doc = await createDocument(t.url)
    const a = await connectSynced(t.port, doc.id, doc.tokens.edit)
    a.doc.getText('scratch').insert(0, 'evicted and back')
    await new Promise((r) => setTimeout(r, 50))
    a.destroy()
    await eventually(() => t.server.stats.rooms === 0, 'the room to be evicted')
    const fresh = await connectSynced(t.port, doc.id, doc.tokens.view)
    cleanups.push(() => fresh.destroy())
    expect(fresh.doc.getText('scratch').toString()).toBe('evicted and back')
  })
})
