import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'

// Regenerates Payload's generated files: the admin import map and src/payload-types.ts.
const config = await configPromise
await generateImportMap(config, { log: true, force: true })
await generateTypes(config, { log: true })
process.exit(0)
