import { readFile } from 'node:fs/promises'

/** A file or URL could not be read; the message says which and why. */
export class CatalogueSourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CatalogueSourceError'
  }
}

/** How long a download may take before the import gives up. */
const FETCH_TIMEOUT_MS = 30_000

/** The text of a local file, or of an `http(s)://` URL (e.g. a PTV API answer). */
export async function readCatalogueSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response
    try {
      response = await fetch(source, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      })
    } catch (error) {
      throw new CatalogueSourceError(`Cannot fetch ${source}: ${(error as Error).message}`, { cause: error })
    }
    if (!response.ok)
      throw new CatalogueSourceError(`GET ${source} answered ${response.status} ${response.statusText}`)
    return response.text()
  }
  try {
    return await readFile(source, 'utf8')
  } catch (error) {
    throw new CatalogueSourceError(`Cannot read ${source}: ${(error as Error).message}`, { cause: error })
  }
}
