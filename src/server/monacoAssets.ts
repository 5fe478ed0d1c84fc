import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Where monaco-editor's prebuilt AMD files (`min/vs`) are on disk. */
export const monacoVsDir = path.resolve('node_modules/monaco-editor/min/vs')

/**
 * The admin path Lupa serves Monaco (the admin's JSON and code editor) from, instead of the
 * public CDN its loader defaults to: Lupa's CSP allows scripts from its own origin only, and
 * offline deployments have no CDN. The version is part of the path, so the files can be
 * cached for good and an upgrade never mixes versions.
 */
export const monacoVsPath = (): string => {
  const { version } = JSON.parse(readFileSync(path.join(monacoVsDir, '../../package.json'), 'utf8')) as {
    version: string
  }
  return `/admin/monaco/${version}/vs`
}
