import { type Server, type Socket, createServer, connect } from 'node:net'

export interface NetworkSwitch {
  port: number
  /** Drops every open connection and refuses new ones, as a laptop losing its network would. */
  goOffline(): void
  goOnline(): void
  close(): Promise<void>
}

/** A TCP relay in front of the server: one browser talks through it, so the test can cut it off. */
export async function networkSwitch(targetPort: number): Promise<NetworkSwitch> {
  let online = true
  const sockets = new Set<Socket>()
  const server: Server = createServer((client) => {
    if (!online) return client.destroy()
    const upstream = connect(targetPort, '127.0.0.1')
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('network switch has no address')
  return {
    port: address.port,
    goOffline() {
      online = false
      for (const s of sockets) s.destroy()
    },
    goOnline() {
      online = true
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
