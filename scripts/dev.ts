import { startServer } from '../src/server/main'

// Development: Next and Vite compile on demand; the schema is pushed, not migrated.
// Changes to server code or the Payload config need a restart.
await startServer()
