import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [reactRouter()],
  build: { target: 'es2022' },
  optimizeDeps: {
    // Pre-bundled up front, so that the first page in development does not reload itself.
    include: ['i18next', 'react-i18next', 'styled-components', 'suomifi-ui-components'],
    // Reached through *.server.ts modules only (React Router keeps them out of the browser):
    // never pre-bundled for the browser (Payload cannot be).
    exclude: ['payload', 'remix-i18next', 'json-logic-js', 'zod'],
  },
  ssr: {
    // Payload and the database adapters stay in node_modules; the server build imports them.
    external: ['payload', 'sharp'],
  },
})
