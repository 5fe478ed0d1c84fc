import { restore } from '../src/operations/backup'
import { parseEnv } from '../src/env'

// `npm run restore -- <backup directory>`, with every web process and worker stopped.
const dir = process.argv[2]
if (!dir) {
  console.error('usage: npm run restore -- <backup directory>')
  process.exit(2)
}
try {
  const manifest = await restore({ env: parseEnv(), dir })
  process.stdout.write(
    `Restored the ${manifest.dialect} database of ${manifest.createdAt} and ${manifest.fileCount} file(s)`,
  )
} catch (error) {
  console.error(`npm run restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
