import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

import { precompress } from './precompress'

export default defineConfig({
  plugins: [reactRouter(), precompress()],
  build: { target: 'es2022' },
  optimizeDeps: {
    // Pre-bundled up front, so that the first page in development does not reload itself.
    include: ['i18next', 'react-i18next', 'styled-components', 'suomifi-ui-components'],
    // Reached through *.server.ts modules only (React Router keeps them out of the browser):
    // never pre-bundled for the browser (Payload cannot be).
    exclude: ['payload', 'json-logic-js', 'zod'],
  },
  ssr: {
    // Payload and the database adapters stay in node_modules; the server build imports them.
    external: ['payload', 'sharp'],
  },
})
