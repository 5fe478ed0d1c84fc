#!/usr/bin/env node
// Runs one of our TypeScript entry points on plain Node: esbuild bundles our code (packages
// stay external) into build/scripts, then Node imports it. No TypeScript loader runs in the
// process, and the bundle is built once per run.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { buildSync } from 'esbuild'

// `--node-env=<value>` sets NODE_ENV unless it is set already, before any package loads
// (React and Next read it when they are imported).
const options = process.argv.slice(2).filter((arg) => arg.startsWith('--node-env='))
const [entry, ...args] = process.argv.slice(2).filter((arg) => !options.includes(arg))
for (const option of options) process.env.NODE_ENV ??= option.slice('--node-env='.length)
// Lupa runs offline-friendly: Next must not phone home.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args…]')
  process.exit(2)
}
const outfile = path.resolve('build/scripts', `${path.basename(entry, '.ts')}.mjs`)
const [bundle] = buildSync({
  entryPoints: [entry],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  write: false,
}).outputFiles
// Written aside and renamed into place: processes started together (several web processes,
// two `npm run migrate`) must never import a bundle another one is halfway through writing.
mkdirSync(path.dirname(outfile), { recursive: true })
writeFileSync(`${outfile}.${process.pid}`, bundle.contents)
renameSync(`${outfile}.${process.pid}`, outfile)
// lexical's Node entry awaits a dynamic import at its top level; reached through static
// imports, Node 20 sometimes never settles that await and exits with code 13. Loaded first
// and on its own, it settles every time.
await import('lexical')
await import('@payloadcms/richtext-lexical')
process.argv = [process.argv[0], outfile, ...args]
await import(pathToFileURL(outfile).href)
