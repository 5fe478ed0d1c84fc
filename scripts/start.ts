import { startServer } from '../src/server/main'
import { ensureBuilt } from './ensureBuilt'

// The one-command demo: optimised builds (made when missing), committed migrations, demo
// data. NODE_ENV defaults to production (set by scripts/run.mjs before anything loads).
await ensureBuilt()
await startServer()
