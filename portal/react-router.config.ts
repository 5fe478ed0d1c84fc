import type { Config } from '@react-router/dev/config'

export default {
  appDirectory: 'app',
  // Tests running side by side may build into their own directory (see src/server/portal.ts).
  buildDirectory: process.env.LUPA_PORTAL_BUILD_DIR ?? '../build/portal',
  ssr: true,
} satisfies Config
