import type { Field } from 'payload'

/** The bundle's own words in the portal (filled in by the bundle-wording work). */
export const bundleTextFields: Field[] = []
