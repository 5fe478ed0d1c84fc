import { ensureBuilt } from './ensureBuilt'

// `npm run build`: rebuilds the admin and the portal.
await ensureBuilt({ force: true })
process.exit(0)
