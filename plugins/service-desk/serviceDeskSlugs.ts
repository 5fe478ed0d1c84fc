/** The service desk's collections and job tasks: one name per concept, never renamed. */
export const serviceDeskSlugs = {
  incidents: 'incidents',
  serviceRequests: 'service-requests',
  maintenanceNotices: 'maintenance-notices',
  emails: 'service-desk-emails',
  feedback: 'feedback',
} as const

export const serviceDeskTaskSlugs = {
  /** Sends the due SLA reminders and breach alerts of one record and refreshes its clocks. */
  slaCheck: 'serviceDeskSlaCheck',
  /** Emails a published maintenance notice to every user. */
  maintenanceEmails: 'maintenanceNoticeEmails',
} as const
