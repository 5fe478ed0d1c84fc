// The one-command demo: optimised builds (made when missing), committed migrations, demo data.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })

const { ensureBuilt } = await import('./build')
ensureBuilt()
await import('../src/server/main')

export {}
