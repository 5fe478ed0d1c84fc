import { spawn } from 'node:child_process'
import path from 'node:path'

export type ServerProcess = { url: string; close: () => Promise<void> }

/**
 * A second Lupa web process (serverProcessMain.ts) with the given environment. A second
 * instance cannot live in the test's own process: Payload's REST handler finds its
 * instance through getPayload's process-wide cache.
 */
export const startServerProcess = (env: Record<string, string>): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.resolve('scripts/run.mjs'), path.resolve('tests/support/serverProcessMain.ts')],
      {
        env: { PATH: process.env.PATH, NODE_ENV: 'test', LUPA_ENV: 'test', LOG_LEVEL: 'error', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const ready = /^\{"url":.*\}$/m.exec(output)
      if (!ready) return
      resolve({
        url: (JSON.parse(ready[0]) as { url: string }).url,
        close: async () => {
          child.kill('SIGTERM')
          await exited
        },
      })
    })
    child.once('exit', (code) => reject(new Error(`The server process exited (${code}):\n${output}`)))
  })
