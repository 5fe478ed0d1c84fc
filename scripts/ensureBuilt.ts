import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Files whose change calls for a new build of a part. */
const inputs = {
  admin: ['admin/app', 'admin/next.config.mjs', 'payload.config.ts', 'src', 'plugins', 'package-lock.json'],
  portal: [
    'portal/app',
    'portal/vite.config.ts',
    'portal/precompress.ts',
    'portal/react-router.config.ts',
    'src',
    'package-lock.json',
  ],
}

const listFiles = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry, { withFileTypes: true }).flatMap((child) =>
    listFiles(path.join(entry, child.name)),
  )
}

const hashOf = (entries: string[]) => {
  const hash = createHash('sha256')
  for (const file of entries.flatMap(listFiles).sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

const run = (label: string, command: string, args: string[]) => {
  const started = Date.now()
  process.stdout.write(`\n▶ ${label}\n`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`)
    process.exit(result.status ?? 1)
  }
  process.stdout.write(`✔ ${label} (${Math.round((Date.now() - started) / 1000)} s)\n`)
}

/**
 * The admin must use the server's Payload instance and code: a bundled second copy breaks
 * `instanceof` checks on Payload's errors (admin validation messages).
 */
const assertPayloadIsExternal = () => {
  const bundled = listFiles('admin/.next/server').filter(
    (file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes('class BasePayload'),
  )
  if (bundled.length > 0) {
    console.error(`✖ Next bundled a copy of Payload (${bundled[0]}); check serverExternalPackages`)
    process.exit(1)
  }
}

/** The admin's import map of Payload's client components, generated in this process. */
const generateAdminImportMap = async () => {
  const { generateImportMap } = await import('payload')
  const { default: config } = await import('../payload.config')
  await generateImportMap(await config, { log: false })
}

const bin = (name: string) => path.resolve('node_modules/.bin', name)

/**
 * Builds the admin (Next) and the portal (React Router) when they are missing or their
 * sources changed since the last build; `force` rebuilds both.
 */
export const ensureBuilt = async ({ force = false }: { force?: boolean } = {}) => {
  const adminStamp = 'admin/.next/lupa-build-hash'
  const adminHash = hashOf(inputs.admin)
  if (
    force ||
    !existsSync('admin/.next/BUILD_ID') ||
    !existsSync(adminStamp) ||
    readFileSync(adminStamp, 'utf8') !== adminHash
  ) {
    await generateAdminImportMap()
    run('Building the admin (Next.js, about a minute)', bin('next'), ['build', 'admin'])
    assertPayloadIsExternal()
    writeFileSync(adminStamp, hashOf(inputs.admin))
  }
  const portalStamp = 'build/portal/lupa-build-hash'
  const portalHash = hashOf(inputs.portal)
  if (
    force ||
    !existsSync('build/portal/server/index.js') ||
    !existsSync(portalStamp) ||
    readFileSync(portalStamp, 'utf8') !== portalHash
  ) {
    run('Building the portal (React Router)', bin('react-router'), ['build', 'portal'])
    writeFileSync(portalStamp, portalHash)
  }
}
