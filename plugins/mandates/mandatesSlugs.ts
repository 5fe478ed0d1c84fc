/** The plugin's collections and job tasks. */
export const mandatesSlugs = {
  mandates: 'mandates',
  mandateFlows: 'mandate-flows',
  principalChoices: 'principal-choices',
} as const

export const mandatesTaskSlugs = {
  expireMandates: 'expireMandates',
  checkCivilServantMandates: 'checkCivilServantMandates',
} as const
