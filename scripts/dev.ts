// Development: Next and Vite compile on demand; the schema is pushed, not migrated.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'development' })

await import('../src/server/main')

export {}
