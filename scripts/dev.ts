import { allowSchemaPush } from '../src/db/databaseAdapter'
import { startServer } from '../src/server/main'

// Development: Next and Vite compile on demand; the schema is pushed, not migrated (the
// only process that pushes it). Changes to server code or the Payload config need a restart.
allowSchemaPush()
await startServer()
