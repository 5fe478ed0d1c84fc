import type { Payload } from 'payload'

declare module 'react-router' {
  interface AppLoadContext {
    /** The process's one Payload instance; call it with `overrideAccess: false` and the user. */
    payload: Payload
  }
}

export {}
