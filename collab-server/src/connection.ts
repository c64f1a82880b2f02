/** A client attached to a room, as the room sees it: no sockets here (the server adapts `ws`). */
export interface Connection {
  /** Whether content frames from this client may change the room's document. */
  readonly canWrite: boolean
  /** A short label for log lines (`<room> <role> #<n>`). */
  readonly label: string
  send(message: Uint8Array): void
  close(code: number, reason: string): void
}
