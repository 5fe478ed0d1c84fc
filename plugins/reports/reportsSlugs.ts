/** The reports plugin's collections and job task: one name per concept, never renamed. */
export const reportsSlugs = {
  availabilityOutages: 'availability-outages',
  availabilitySamples: 'availability-samples',
} as const

export const reportsTaskSlugs = {
  /** Checks every minute that Lupa answers and records outages. */
  availabilityProbe: 'availabilityProbe',
} as const
