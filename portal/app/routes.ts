import { index, route, type RouteConfig } from '@react-router/dev/routes'

export default [
  index('routes/home.tsx'),
  route('analysis/:bundle', 'routes/analysis.tsx'),
  route('language', 'routes/language.ts'),
  route('accessibility', 'routes/accessibility.tsx'),
] satisfies RouteConfig
