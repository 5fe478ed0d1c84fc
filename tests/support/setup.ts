import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { allowSchemaPush } from '../../src/db/databaseAdapter'

// Test databases get the code's schema pushed (tests/int/migrations.test.ts and
// migrate-command.test.ts check the committed migrations give the same).
allowSchemaPush()

// Integration tests run Payload in-process; it must not try to reach Next's dev websocket.
process.env.DISABLE_PAYLOAD_HMR = 'true'
// Importing payload.config (for its plugin list) must not write into the repository's data/.
process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'lupa-test-root-'))
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
