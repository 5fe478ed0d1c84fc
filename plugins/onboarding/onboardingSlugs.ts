/** Names the onboarding plugin adds to other collections: one name per concept. */
export const onboardingFieldNames = {
  /** The group of a service request with the details of an onboarding request. */
  details: 'onboarding',
  /** The group of a service request recording what its approval set up. */
  setup: 'onboardingSetup',
} as const
