import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import type { RequestHandler } from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { canonicalLoopbackHost } from '../../src/server/canonicalHost'

let server: ReturnType<express.Express['listen']>
let port: number
let handler: RequestHandler | null = null

beforeAll(async () => {
  const app = express()
  app.use((req, res, next) => (handler ? handler(req, res, next) : next()))
  app.all('/*rest', (_req, res) => void res.send('page'))
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

/** A request to this server under a given Host header (as a browser sends the name it was given). */
const request = (host: string, path = '/applications?tab=1', method = 'GET') =>
  new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const sent = http.request({ host: '127.0.0.1', port, path, method, headers: { host } }, (response) => {
      response.resume()
      resolve({ status: response.statusCode ?? 0, location: response.headers.location })
    })
    sent.once('error', reject)
    sent.end()
  })

describe('another name of the development machine', () => {
  it('should send a page opened at 127.0.0.1 to PUBLIC_URL on localhost, path and query kept', async () => {
    handler = canonicalLoopbackHost(`http://localhost:${port}`)
    const response = await request(`127.0.0.1:${port}`)
    expect(response.status).toBe(308)
    expect(response.location).toBe(`http://localhost:${port}/applications?tab=1`)
    expect((await request(`[::1]:${port}`)).status).toBe(308)
  })

  it('should serve PUBLIC_URL itself, other ports, form posts and public addresses as they are', async () => {
    handler = canonicalLoopbackHost(`http://localhost:${port}`)
    expect((await request(`localhost:${port}`)).status).toBe(200)
    // Another port is another server (a test's or a proxy's).
    expect((await request(`127.0.0.1:${port + 1}`)).status).toBe(200)
    // A post is never redirected (it would lose its body); the origin checks answer it.
    expect((await request(`127.0.0.1:${port}`, '/login', 'POST')).status).toBe(200)
    expect(canonicalLoopbackHost('https://lupa.example.fi')).toBeNull()
  })
})
