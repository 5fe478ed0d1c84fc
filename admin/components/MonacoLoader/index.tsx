'use client'

import { loader } from '@monaco-editor/react'
import type { ReactNode } from 'react'

/**
 * Points the loader of Payload's code editor (Monaco) at Lupa's own copy (`vsPath`, see
 * src/server/monacoAssets.ts) instead of the public CDN. Set while rendering, not in an
 * effect: editors below start loading in their own effects, which run before this one's.
 */
export const MonacoLoader = ({ children, vsPath }: { children?: ReactNode; vsPath: string }) => {
  loader.config({ paths: { vs: vsPath } })
  return children
}
