import type { Payload } from 'payload'

declare module 'react-router' {
  interface AppLoadContext {
    /** The process's one Payload instance; call it with `overrideAccess: false` and the user. */
    payload: Payload
    /**
     * The nonce of this response's Content-Security-Policy (src/server/securityHeaders.ts), for
     * the inline scripts of the server render (entry.server.tsx); never put it in loader data.
     */
    cspNonce?: string
  }
}

export {}
