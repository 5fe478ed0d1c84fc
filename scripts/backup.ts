import { backup } from '../src/operations/backup'
import { parseEnv } from '../src/env'

// `npm run backup -- <empty directory>`: the database and the uploaded files, online.
const dir = process.argv[2]
if (!dir) {
  console.error('usage: npm run backup -- <empty directory>')
  process.exit(2)
}
try {
  const manifest = await backup({ env: parseEnv(), dir })
  process.stdout.write(
    `Backed up the ${manifest.dialect} database and ${manifest.fileCount} file(s) into ${dir}\n`,
  )
} catch (error) {
  console.error(`npm run backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
