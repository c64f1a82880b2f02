import { cpus, loadavg, platform, release, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  os: string
  /** One-minute load average when the run started: other work on the machine skews the numbers. */
  load: number
}

/** What the numbers were measured on: they mean little without it. */
export function describeMachine(): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  }
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}, load ${machine.load} at start`
}
