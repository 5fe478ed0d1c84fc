import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Plugin } from 'vite'

import { compress, encodings, encodingSuffixes } from '../src/server/encodings'

/** The assets worth compressing: text the browser downloads on every first visit. */
const compressible = /\.(js|css|svg|json)$/

/**
 * Writes a Brotli (`.br`, best quality) and a gzip (`.gz`) copy beside every script and
 * style of the browser build, once at build time: the host sends them as they are (see
 * src/server/portal.ts) instead of compressing each response again, and smaller.
 */
export const precompress = (): Plugin => ({
  name: 'lupa-precompress',
  apply: 'build',
  writeBundle(options) {
    if (this.environment.name !== 'client' || !options.dir) return
    const assets = path.join(options.dir, 'assets')
    for (const name of readdirSync(assets).filter((file) => compressible.test(file))) {
      const file = path.join(assets, name)
      const content = readFileSync(file)
      for (const encoding of encodings)
        writeFileSync(`${file}${encodingSuffixes[encoding]}`, compress(content, encoding))
    }
  },
})
