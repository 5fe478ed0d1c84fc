import { index, route, type RouteConfig } from '@react-router/dev/routes'

export default [
  index('routes/home.tsx'),
  route('analysis/:bundle', 'routes/analysis.tsx'),
  route('language', 'routes/language.ts'),
  route('accessibility', 'routes/accessibility.tsx'),
  route('privacy', 'routes/privacy.tsx'),
  route('terms', 'routes/terms.tsx'),
  route('login', 'routes/login.tsx'),
  route('logout', 'routes/logout.ts'),
  route('acting-for', 'routes/acting-for.tsx'),
  // Everything Lupa holds on the signed-in person (data-subject access).
  route('account/data', 'routes/account-data.tsx'),
  route('account/data.json', 'routes/account-data-json.ts'),
  route('account/data.pdf', 'routes/account-data-pdf.ts'),

  // The customer's applications: the wizard and its receipt.
  route('applications/new', 'routes/application-new.tsx'),
  route('applications/:id/edit', 'routes/application-edit.tsx'),
  route('applications/:id/receipt', 'routes/application-receipt.tsx'),
  route('applications/:id/receipt.pdf', 'routes/application-receipt-pdf.ts'),
  route('applications/:id/copy', 'routes/application-copy.ts'),

  // The customer's one view of their applications, cases and decisions.
  route('applications', 'routes/applications.tsx'),
  route('applications/:id', 'routes/application.tsx'),
  route('applications/:id/live', 'routes/application-live.ts'),
  route('applications/:id/change', 'routes/application-change.tsx'),
  route('decisions', 'routes/decisions.tsx'),
  route('supervision', 'routes/supervision.tsx'),

  // The authority workspace.
  route('authority', 'routes/authority.tsx'),
  route('authority/cases/:id', 'routes/authority-case.tsx'),
  route('authority/cases/:id/export.json', 'routes/authority-case-json.ts'),
  route('authority/cases/:id/export.pdf', 'routes/authority-case-pdf.ts'),
  route('authority/supervision', 'routes/authority-supervision.tsx'),

  // Service desk: feedback, joining, the authority's incidents and service requests.
  route('feedback', 'routes/feedback.tsx'),
  route('join', 'routes/join.tsx'),
  route('authority/incidents', 'routes/authority-incidents.tsx'),
  route('authority/service-requests', 'routes/authority-service-requests.tsx'),
] satisfies RouteConfig
