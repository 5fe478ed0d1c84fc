import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** Everything the admin's Next build is made of: its app and components, the config and the code it loads. */
const inputs = [
  'admin/app',
  'admin/components',
  'admin/next.config.mjs',
  'admin/tsconfig.json',
  'payload.config.ts',
  'src',
  'plugins',
  'package-lock.json',
]
const stamp = 'admin/.next/lupa-e2e-build-hash'
// Test runs started side by side in one working tree take turns at building.
const lock = 'build/admin-build.lock'
const lockTimeoutMs = 10 * 60_000

const listFiles = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry, { withFileTypes: true }).flatMap((child) =>
    listFiles(path.join(entry, child.name)),
  )
}

const hashOfInputs = () => {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(listFiles).sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

const isCurrent = (hash: string) =>
  existsSync('admin/.next/BUILD_ID') && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
}

const takeLock = async () => {
  mkdirSync(path.dirname(lock), { recursive: true })
  const started = Date.now()
  for (;;) {
    try {
      mkdirSync(lock)
      return
    } catch {
      // A lock older than any build is left over from a run that was killed.
      const takenAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()
      if (Date.now() - takenAt > lockTimeoutMs) rmSync(lock, { force: true, recursive: true })
      if (Date.now() - started > lockTimeoutMs) throw new Error(`Waited too long for ${lock}`)
      await sleep(2000)
    }
  }
}

/**
 * Builds the admin (Next, 40–90 s and up to 2 GB) for the browser tests when it is missing or
 * any of its sources changed since the last build made here; otherwise does nothing. The
 * import map is the committed one (`npm run generate`; CI checks it is current).
 */
export const ensureAdminBuilt = async () => {
  if (isCurrent(hashOfInputs())) return
  await takeLock()
  try {
    const hash = hashOfInputs()
    if (isCurrent(hash)) return
    run(path.resolve('node_modules/.bin/next'), ['build', 'admin'])
    writeFileSync(stamp, hash)
  } finally {
    rmSync(lock, { force: true, recursive: true })
  }
}
