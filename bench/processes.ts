import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** A free TCP port on the loopback interface. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export type Child = { process: ChildProcess; output: () => string; stop: () => Promise<void> }

/** Starts a Node process whose output is kept (printed only if it fails). */
export const startNode = (args: string[], env: Record<string, string>): Child => {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        // A process ended by a signal has no exit code, only a signal code.
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
      }),
  }
}

/** Waits until `url` answers 200, or fails when the process exits or the time is up. */
export const waitUntilReady = async (child: Child, url: string, timeoutMs: number) => {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.process.exitCode !== null)
      throw new Error(`the process exited (${child.process.exitCode}):\n${child.output()}`)
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} was not ready in ${timeoutMs / 1000} s:\n${child.output()}`)
}

/** The peak resident set size of a process so far, in MB (Linux: VmHWM). */
export const peakRssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0)
  return kb / 1024
}

/**
 * The CPU time a process has used so far, in ms (Linux: utime + stime, counted in USER_HZ,
 * which is 100 on every architecture Node runs on); NaN once it has exited, which the
 * caller reports with the process's output.
 */
export const cpuMs = (pid: number) => {
  if (!existsSync(`/proc/${pid}/stat`)) return NaN
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** The ceiling: a bare express "Hello World" on this machine, in its own process. */
export const helloWorldScript = `
import express from 'express'
const app = express()
app.get('/', (_req, res) => res.send('Hello World!'))
app.listen(Number(process.env.PORT), '127.0.0.1')
`
