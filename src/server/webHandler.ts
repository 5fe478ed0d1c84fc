import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'

import { bufferedBodyOf } from './apiInputGuard'

/** Turns an express request into a Fetch API request, streaming the raw body. */
export const toWebRequest = (req: ExpressRequest, origin: string): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // A body the input guard has read already is handed on as it was read.
  const buffered = bufferedBodyOf(req)
  return new Request(new URL(req.originalUrl, origin), {
    method: req.method,
    headers,
    body: hasBody
      ? buffered
        ? new Uint8Array(buffered)
        : (Readable.toWeb(req) as ReadableStream)
      : undefined,
    // Node's fetch needs this for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  })
}

/** Writes a Fetch API response to express, streaming its body. */
export const sendWebResponse = async (response: Response, res: ExpressResponse) => {
  res.status(response.status)
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as NodeReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}

/** An express handler serving a Fetch API handler (Payload's REST and GraphQL). */
export const webHandler =
  (handler: (request: Request) => Promise<Response>, origin: string): RequestHandler =>
  async (req, res, next) => {
    try {
      await sendWebResponse(await handler(toWebRequest(req, origin)), res)
    } catch (error) {
      next(error)
    }
  }
