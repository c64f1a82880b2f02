import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * `global.gc` is not exposed in test workers. V8 installs `gc` in contexts created after the
 * flag is set, so a fresh vm context hands us one; if that ever fails, we measure after a pause.
 */
function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined')
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

let gc: (() => void) | undefined | null = null

/** Whether `settledHeapUsed` collects garbage (the heap it reports is then live objects only). */
export function canCollectGarbage(): boolean {
  if (gc === null) gc = collector()
  return gc !== undefined
}

/** heapUsed once garbage is collected (or, without a collector, after `settleMs`). */
export async function settledHeapUsed(settleMs = 1000): Promise<number> {
  const collect = canCollectGarbage() ? gc! : undefined
  await new Promise((r) => setTimeout(r, collect ? 50 : settleMs))
  collect?.()
  collect?.()
  return process.memoryUsage().heapUsed
}

const MiB = 1024 * 1024

/** Bytes as whole MiB, for the numbers a test prints. */
export const mib = (bytes: number): string => `${(bytes / MiB).toFixed(0)} MiB`
