import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * The EICAR test file: harmless, and recognised by every scanner as a test virus. Built
 * from parts so that no scanner looking at this repository flags the source itself.
 */
export const eicar = Buffer.from(
  ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''),
)

export type TestClamd = { url: string; stop: () => Promise<void> }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const pings = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    const chunks: Buffer[] = []
    socket.on('error', () => resolve(false))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('end', () => resolve(Buffer.concat(chunks).toString().startsWith('PONG')))
    socket.on('connect', () => socket.write('zPING\0'))
  })

/**
 * A real ClamAV daemon (Debian's clamav-daemon) on a free local port. Its only signature
 * database is one hash signature of the EICAR file, so it starts in seconds and needs no
 * download of the public signatures, which this machine cannot reach.
 */
export const startClamd = async (): Promise<TestClamd> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lupa-clamd-'))
  const databases = path.join(dir, 'db')
  await mkdir(databases)
  const md5 = createHash('md5').update(eicar).digest('hex')
  await writeFile(path.join(databases, 'lupa-test.hdb'), `${md5}:${eicar.length}:Lupa.Test.EICAR\n`)
  const port = await freePort()
  const config = path.join(dir, 'clamd.conf')
  await writeFile(
    config,
    [`Foreground yes`, `TCPSocket ${port}`, `TCPAddr 127.0.0.1`, `DatabaseDirectory ${databases}`].join('\n'),
  )
  const daemon = spawn('clamd', ['-c', config], { stdio: 'ignore' })
  const exited = new Promise<void>((resolve) => daemon.once('exit', () => resolve()))
  const deadline = Date.now() + 60_000
  while (!(await pings(port))) {
    if (daemon.exitCode !== null || Date.now() > deadline) {
      daemon.kill('SIGKILL')
      throw new Error('clamd did not start (is Debian package clamav-daemon installed?)')
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url: `tcp://127.0.0.1:${port}`,
    stop: async () => {
      if (daemon.exitCode === null) {
        daemon.kill('SIGTERM')
        await exited
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}
