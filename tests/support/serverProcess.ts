import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import path from 'node:path'

/** A Lupa process of the test's own: a web process or a worker. */
export type LupaProcess = {
  pid: number
  /** The last of what it printed (for a failure's message). */
  output: () => string
  /** Whether it is still running (it has not exited, crashed or been killed). */
  isAlive: () => boolean
  /** Ends it with SIGTERM (a graceful stop), waiting until it has exited. */
  close: () => Promise<void>
  /** Ends it at once with SIGKILL, as a crash or the kernel's OOM killer would. */
  kill: () => Promise<void>
}

export type ServerProcess = LupaProcess & { url: string }

const keptOutputChars = 20_000

const spawnLupa = (script: string, env: Record<string, string>) =>
  spawn(process.execPath, [path.resolve('scripts/run.mjs'), path.resolve(script)], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LUPA_ENV: 'test', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/**
 * Watches a child until `isReady` finds what it prints: answers its controls then, or fails
 * with its output when it exits first.
 */
const whenReady = <Ready>(child: ChildProcess, isReady: (output: string) => Ready | null) =>
  new Promise<LupaProcess & { ready: Ready }>((resolve, reject) => {
    let output = ''
    let isStarted = false
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    const end = async (signal: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    }
    const take = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-keptOutputChars)
      if (isStarted) return
      const ready = isReady(output)
      if (ready === null) return
      isStarted = true
      resolve({
        pid: child.pid!,
        ready,
        output: () => output,
        isAlive: () => child.exitCode === null && child.signalCode === null,
        close: () => end('SIGTERM'),
        kill: () => end('SIGKILL'),
      })
    }
    child.stdout!.on('data', take)
    child.stderr!.on('data', take)
    child.once('exit', (code, signal) => {
      if (!isStarted) reject(new Error(`The process exited (${code ?? signal}):\n${output}`))
    })
  })

/**
 * A Lupa web process (serverProcessMain.ts: the API and, with `withPortal`, the built
 * portal) with the given environment. A second instance cannot live in the test's own
 * process: Payload's REST handler finds its instance through getPayload's process-wide cache.
 */
export const startServerProcess = async (env: Record<string, string>): Promise<ServerProcess> => {
  const started = await whenReady(spawnLupa('tests/support/serverProcessMain.ts', env), (output) => {
    const line = /^\{"url":.*\}$/m.exec(output)
    return line ? (JSON.parse(line[0]) as { url: string }).url : null
  })
  return { ...started, url: started.ready }
}

/** `npm run worker` as a process of its own, ready once it says it is running. */
export const startWorkerProcess = async (env: Record<string, string>): Promise<LupaProcess> =>
  whenReady(spawnLupa('scripts/worker.ts', { LOG_LEVEL: 'info', ...env }), (output) =>
    output.includes('Lupa worker is running') ? true : null,
  )
