import { spawnSync } from 'node:child_process'
import path from 'node:path'

// Regenerates Payload's generated files: the admin import map and src/payload-types.ts.
for (const command of ['generate:importmap', 'generate:types']) {
  const result = spawnSync(path.resolve('node_modules/.bin/payload'), [command], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
