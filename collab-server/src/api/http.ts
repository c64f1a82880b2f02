import type { IncomingMessage, ServerResponse } from 'node:http'

/** An expected failure at the API edge: becomes `{error: {code, message}}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}

export function sendError(res: ServerResponse, err: ApiError): void {
  sendJson(res, err.status, { error: { code: err.code, message: err.message } })
}

/** Reads a JSON object body of at most `maxBytes`; anything else is a 4xx ApiError. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'send the request body as application/json')
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      if (size > maxBytes) throw new ApiError(413, 'body_too_large', `request body exceeds ${maxBytes} bytes`)
      chunks.push(chunk as Buffer)
    }
  } catch (err) {
    if (err instanceof ApiError) throw err
    // The client hung up or sent a broken chunked body (Node has already answered it 400): its fault, not a 500.
    throw new ApiError(400, 'incomplete_body', 'the request body was cut off or malformed')
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new ApiError(400, 'invalid_json', 'request body is not valid JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_json', 'request body must be a JSON object')
  }
  return body as Record<string, unknown>
}
