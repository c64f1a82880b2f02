import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findTemplate, seedUpdate } from '@pepdraft/core'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { freePort } from './proc-stats.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REFERENCE_BIN = join(createRequire(import.meta.url).resolve('@y/websocket-server/package.json'), '..', 'src', 'server.js')

/**
 * `BENCH_PROF=<dir>`: each server writes a V8 CPU profile there (`--cpu-prof`). V8 writes it only
 * on a normal exit, so servers are then stopped with SIGTERM (ours flushes and exits; the
 * reference gets a SIGTERM handler that exits) instead of SIGKILL.
 */
const PROFILE_DIR = process.env.BENCH_PROF
const PROFILE_FLAGS = PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : []
const EXIT_ON_SIGTERM = 'data:text/javascript,process.on("SIGTERM",()=>process.exit(0))'

/** A sync server in its own child process, and how a benchmark client opens a room on it. */
export interface BenchServer {
  name: string
  pid: number
  port: number
  child: ChildProcess
  /** A room a client may join: ours mints a document (`POST /api/documents`), the reference takes any name (seeded by its first client). */
  newRoom(label: string): Promise<string>
  connect(room: string, doc: Y.Doc): WebsocketProvider
  /** SIGKILL (SIGTERM under `BENCH_PROF`), wait for exit, remove the data directory unless `keepData`. */
  stop(keepData?: boolean): Promise<void>
  dataDir?: string
  /** Ours: edit token per document id, to reconnect after a restart on the same data directory. */
  tokens?: Map<string, string>
}

function provider(url: string, room: string, doc: Y.Doc, protocols: string[]): WebsocketProvider {
  const created = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    protocols,
    disableBc: true,
    maxBackoffTime: 500,
  })
  // y-websocket's destroy() leaves the Awareness it created running: its check interval would keep
  // the bench process alive after the last suite.
  const destroy = created.destroy.bind(created)
  created.destroy = () => {
    destroy()
    created.awareness.destroy()
  }
  return created
}

function started(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (pattern.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}:\n${output}`)))
  })
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill(PROFILE_DIR ? 'SIGTERM' : 'SIGKILL')
  await exited
}

/** Our collab-server (`collab-server/src/main.ts`, real LevelDB) on a free port; `dataDir` to reuse one. */
export async function spawnOurs(
  dataDir = mkdtempSync(join(tmpdir(), 'pepdraft-bench-')),
  tokens = new Map<string, string>(),
): Promise<BenchServer> {
  const port = await freePort()
  const child = spawn(process.execPath, [...PROFILE_FLAGS, '--import', 'tsx', 'collab-server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await started(child, /pepdraft is running at/, 'collab-server')
  return {
    name: 'pepdraft',
    pid: child.pid!,
    port,
    child,
    dataDir,
    tokens,
    async newRoom() {
      const res = await fetch(`http://127.0.0.1:${port}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ template: 'standards-track' }),
      })
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`)
      const created = (await res.json()) as { id: string; tokens: { edit: string } }
      tokens.set(created.id, created.tokens.edit)
      return created.id
    },
    connect: (room, doc) => provider(`ws://127.0.0.1:${port}/collab`, room, doc, [`pepdraft.token.${tokens.get(room)}`]),
    async stop(keepData = false) {
      await kill(child)
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The reference `@y/websocket-server` (its own `src/server.js`, in memory, no auth) on a free port; rooms start from our template. */
export async function spawnReference(): Promise<BenchServer> {
  const port = await freePort()
  const child = spawn(process.execPath, [...PROFILE_FLAGS, ...(PROFILE_DIR ? ['--import', EXIT_ON_SIGTERM] : []), REFERENCE_BIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await started(child, /running at/, '@y/websocket-server')
  // Ours seeds every new document from its template (`POST /api/documents`); the first client of a
  // reference room brings the same content, so both servers hold the same documents.
  const seed = seedUpdate(findTemplate('standards-track')!, new Date())
  const unseeded = new Set<string>()
  return {
    name: '@y/websocket-server',
    pid: child.pid!,
    port,
    child,
    newRoom: async (label) => {
      unseeded.add(`bench-${label}`)
      return `bench-${label}`
    },
    connect: (room, doc) => {
      if (unseeded.delete(room)) Y.applyUpdate(doc, seed)
      return provider(`ws://127.0.0.1:${port}`, room, doc, [])
    },
    stop: () => kill(child),
  }
}
