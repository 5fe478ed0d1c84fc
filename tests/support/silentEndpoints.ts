import { createServer, connect } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { Worker } from 'node:worker_threads'

/**
 * An endpoint whose TCP connection never completes: a listening socket that nobody accepts
 * from, with its backlog filled. It listens in a worker thread that then blocks, so this
 * process's event loop never accepts; the kernel drops every further SYN, as it would for
 * an authority whose firewall swallows packets.
 */
export const startUnacceptingServer = async () => {
  const release = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(
    `const { createServer } = require('node:net')
    const { parentPort, workerData } = require('node:worker_threads')
    const server = createServer().listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
      parentPort.postMessage(server.address().port)
      Atomics.wait(workerData, 0, 0)
      server.close()
    })`,
    { eval: true, workerData: release },
  )
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  // A backlog of 1 holds two connections that completed but were never accepted.
  const fillers = await Promise.all(
    [0, 1].map(
      () =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => resolve(socket))
          socket.once('error', reject)
        }),
    ),
  )
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    stop: async () => {
      for (const socket of fillers) socket.destroy()
      Atomics.store(release, 0, 1)
      Atomics.notify(release, 0)
      await worker.terminate()
    },
  }
}

/** A TCP server that accepts connections and never writes a byte: no TLS handshake, no answer. */
export const startSilentServer = async () => {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
