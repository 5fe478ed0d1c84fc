import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [reactRouter()],
  build: { target: 'es2022' },
  ssr: {
    // Payload and the database adapters stay in node_modules; the server build imports them.
    external: ['payload', 'sharp'],
  },
})
