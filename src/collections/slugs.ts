/** Collection slugs: one name per concept, used the same in code, admin and REST. */
export const slugs = {
  users: 'users',
  organisations: 'organisations',
  authorities: 'authorities',
  authorityKinds: 'authority-kinds',
  dataElements: 'data-elements',
  permitTypes: 'permit-types',
  permitBundles: 'permit-bundles',
  serviceDescriptions: 'service-descriptions',
  applications: 'applications',
  cases: 'cases',
  caseEvents: 'case-events',
  caseNotes: 'case-notes',
  messages: 'messages',
  supplementRequests: 'supplement-requests',
  decisions: 'decisions',
  attachments: 'attachments',
  auditLog: 'audit-log',
  deliveries: 'deliveries',
  rateLimitCounters: 'rate-limit-counters',
  publicDocuments: 'public-documents',
  dataSubjectRequests: 'data-subject-requests',
} as const

export type Slug = (typeof slugs)[keyof typeof slugs]

/** Global slugs (singletons edited in the admin). */
export const globalSlugs = {
  serviceCalendar: 'service-calendar',
} as const
