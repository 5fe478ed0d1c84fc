import { getPayload } from 'payload'

import configPromise from '../payload.config'
import {
  CatalogueImportError,
  CatalogueSourceError,
  importServiceCatalogue,
  PtvFormatError,
  readCatalogueSource,
} from '../plugins/service-catalogue'
import type { ImportReport } from '../plugins/service-catalogue'
import { closeDatabase } from '../src/db/databaseAdapter'

// npm run import:ptv -- <file-or-url> [--links <file-or-url>]
const usage = 'usage: npm run import:ptv -- <file-or-url> [--links <file-or-url>]'
const args = process.argv.slice(2)
const linksAt = args.indexOf('--links')
const linksSource = linksAt >= 0 ? args[linksAt + 1] : undefined
const [source, ...extra] = args.filter(
  (_, index) => linksAt < 0 || (index !== linksAt && index !== linksAt + 1),
)
if (!source || extra.length > 0 || (linksAt >= 0 && !linksSource)) {
  console.error(usage)
  process.exit(2)
}

const log = (line: string) => process.stdout.write(`${line}\n`)

const print = ({ entries, totals }: ImportReport) => {
  for (const entry of entries) {
    const target = entry.record ? ` -> ${entry.record}` : ''
    const changes = entry.changes?.length ? ` [${entry.changes.join(', ')}]` : ''
    const reason = entry.reason ? ` (${entry.reason})` : ''
    log(`${entry.outcome.padEnd(9)} ${entry.entity} ${entry.ptvId} ${entry.name}${target}${changes}${reason}`)
  }
  log(
    `created ${totals.created}, updated ${totals.updated}, unchanged ${totals.unchanged}, skipped ${totals.skipped}`,
  )
}

process.env.DISABLE_PAYLOAD_HMR ??= 'true'
let exitCode = 0
let payload: Awaited<ReturnType<typeof getPayload>> | undefined
try {
  const input = await readCatalogueSource(source)
  const links = linksSource ? JSON.parse(await readCatalogueSource(linksSource)) : {}
  payload = await getPayload({ config: await configPromise })
  print(await importServiceCatalogue({ payload, input, links }))
} catch (error) {
  // Known failures get their own clear message; nothing was written for any of them.
  const isKnown = [PtvFormatError, CatalogueImportError, CatalogueSourceError, SyntaxError].some(
    (type) => error instanceof type,
  )
  if (!isKnown) throw error
  console.error(`${(error as Error).message}\nNothing was imported.`)
  exitCode = 1
} finally {
  if (payload) await closeDatabase(payload)
}
process.exit(exitCode)
