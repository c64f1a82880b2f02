import { type ConnectionMemory, measureConnectionMemory } from './connection-memory.js'
import { type LoadResult, runLoad, type Scenario } from './load.js'
import { MiB } from './proc-stats.js'
import { type BenchServer, spawnOurs, spawnReference } from './servers.js'
import { percentile } from './stats.js'
import type { Row, Suite } from './suite.js'

/** 2 s warm-up, an 8 s window, then up to 3 s for the last deliveries. */
const TIMING = { warmupMs: 2000, measureMs: 8000, drainMs: 3000 }
/**
 * The hot document fans each update out to 49 clients, all in this process: at 100 updates/s that
 * is ~5 000 deliveries/s, for which the load generator uses ~40% of a core (shown in the table;
 * near 100% it, not the server, would set the latency).
 */
const SCENARIOS: readonly Scenario[] = [
  { label: 'hot', rooms: 1, clientsPerRoom: 50, totalRate: 100, seed: 1, ...TIMING },
  { label: 'spread', rooms: 100, clientsPerRoom: 5, totalRate: 150, seed: 2, ...TIMING },
]
/**
 * Rounds per scenario, interleaved (ours, reference, ours, …) so that drift in the machine's load
 * falls on both servers alike; latencies are pooled over the rounds (a p99 over ~150 000
 * deliveries in the hot case) and each round's p99 ratio is shown too. An even count: each
 * server's odd rounds against its even ones (same server, same load) show how far two halves of
 * one run differ by chance alone — the noise any ours/reference ratio has to be read against.
 */
const ROUNDS = 4
const describe = (s: Scenario) => (s.rooms === 1 ? `1 doc × ${s.clientsPerRoom} clients` : `${s.rooms} docs × ${s.clientsPerRoom} clients`)

/**
 * Update relay latency: our collab-server against the reference @y/websocket-server, each in its
 * own process, under the same load generator (real y-websocket providers in this process).
 */
export const syncSuite: Suite = {
  name: 'sync',
  async run() {
    const rows: Row[] = []
    for (const scenario of SCENARIOS) {
      const ours: LoadResult[] = []
      const reference: LoadResult[] = []
      for (let round = 0; round < ROUNDS; round++) {
        ours.push(await measure(spawnOurs, scenario))
        reference.push(await measure(spawnReference, scenario))
      }
      rows.push(...resultRows(scenario, 'pepdraft', pooled(ours)), ...resultRows(scenario, '@y/websocket-server', pooled(reference)))
      rows.push(ratioRow(scenario, ours, reference))
    }
    const ours = await withServer(spawnOurs, 'connection memory', measureConnectionMemory)
    const reference = await withServer(spawnReference, 'connection memory', measureConnectionMemory)
    rows.push(connectionMemoryRow('pepdraft', ours), connectionMemoryRow('@y/websocket-server', reference), {
      suite: 'sync',
      case: 'connections: ratio pepdraft / reference',
      note: `RSS per connection ${(ours.perConnection / reference.perConnection).toFixed(2)}×`,
    })
    return rows
  },
}

function measure(spawn: () => Promise<BenchServer>, scenario: Scenario): Promise<LoadResult> {
  return withServer(spawn, scenario.label, (server) => runLoad(server, scenario))
}

async function withServer<T>(spawn: () => Promise<BenchServer>, label: string, fn: (server: BenchServer) => Promise<T>): Promise<T> {
  const server = await spawn()
  try {
    process.stderr.write(`bench: sync ${label} on ${server.name}…\n`)
    return await fn(server)
  } finally {
    await server.stop()
  }
}

function connectionMemoryRow(server: string, m: ConnectionMemory): Row {
  const steps = m.perConnectionSteps.map((b) => (b / 1024).toFixed(1)).join(', ')
  return {
    suite: 'sync',
    case: `connections (idle clients joining ${m.rooms} loaded docs, up to ${m.connections}) ${server}: memory`,
    note: `RSS ${(m.perConnection / 1024).toFixed(1)} KiB per connection, median of steps [${steps}] KiB`,
  }
}

const fixed = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))
const p = (r: LoadResult, q: number) => (r.latencies.length ? percentile(r.latencies, q) : Number.NaN)
const cpuShare = (r: LoadResult) => r.serverCpuMs / r.windowMs
const rssPerConnection = (r: LoadResult) => (r.connectedRss - r.idleRss) / r.connections

function resultRows(scenario: Scenario, server: string, r: LoadResult): Row[] {
  const name = `${scenario.label} (${describe(scenario)}) ${server}`
  const delivered = r.expected ? r.received / r.expected : Number.NaN
  const perSecond = (r.sent / r.windowMs) * 1000
  return [
    {
      suite: 'sync',
      case: `${name}: latency`,
      runs: r.latencies.length,
      medianMs: p(r, 50),
      p95Ms: p(r, 95),
      throughput: `${perSecond.toFixed(0)} upd/s`,
      note: `p99 ${fixed(p(r, 99))} ms, max ${fixed(r.latencies.reduce((a, b) => Math.max(a, b), 0))} ms; delivered ${r.received}/${r.expected} (${(delivered * 100).toFixed(2)}%)`,
    },
    {
      suite: 'sync',
      case: `${name}: server CPU, memory`,
      note:
        `CPU ${(cpuShare(r) * 100).toFixed(0)}% of a core (${((r.serverCpuMs * 1000) / Math.max(1, r.received)).toFixed(0)} µs per delivery; ` +
        `load generator ${((r.generatorCpuMs / r.windowMs) * 100).toFixed(0)}%); ` +
        `RSS ${(rssPerConnection(r) / 1024).toFixed(0)} KiB per connection ((${(r.connectedRss / MiB).toFixed(0)} − ${(r.idleRss / MiB).toFixed(0)} MiB) / ${r.connections})`,
    },
  ]
}

function ratioRow(scenario: Scenario, oursRounds: LoadResult[], referenceRounds: LoadResult[]): Row {
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  const ours = pooled(oursRounds)
  const reference = pooled(referenceRounds)
  const rounds = oursRounds.map((r, i) => x(p(r, 99), p(referenceRounds[i]!, 99))).join(', ')
  const halves = (all: readonly LoadResult[]) => {
    const odd = pooled(all.filter((_, i) => i % 2 === 0))
    const even = pooled(all.filter((_, i) => i % 2 === 1))
    return x(p(odd, 99), p(even, 99))
  }
  return {
    suite: 'sync',
    case: `${scenario.label}: ratio pepdraft / reference`,
    note:
      `p50 ${x(p(ours, 50), p(reference, 50))}, p99 ${x(p(ours, 99), p(reference, 99))} (rounds: ${rounds}; ` +
      `same server, odd / even rounds: pepdraft ${halves(oursRounds)}, reference ${halves(referenceRounds)}), ` +
      `CPU ${x(cpuShare(ours), cpuShare(reference))}, RSS/conn ${x(rssPerConnection(ours), rssPerConnection(reference))}`,
  }
}

/** The rounds as one: latencies and counts together; memory from the round with the median RSS per connection. */
function pooled(rounds: readonly LoadResult[]): LoadResult {
  const sum = (f: (r: LoadResult) => number) => rounds.reduce((total, r) => total + f(r), 0)
  const byRss = [...rounds].sort((a, b) => rssPerConnection(a) - rssPerConnection(b))
  const median = byRss[Math.floor(byRss.length / 2)]!
  return {
    latencies: rounds.flatMap((r) => r.latencies),
    expected: sum((r) => r.expected),
    received: sum((r) => r.received),
    sent: sum((r) => r.sent),
    connections: median.connections,
    idleRss: median.idleRss,
    connectedRss: median.connectedRss,
    serverCpuMs: sum((r) => r.serverCpuMs),
    generatorCpuMs: sum((r) => r.generatorCpuMs),
    windowMs: sum((r) => r.windowMs),
  }
}
