/** Name of the hidden field that tells a submitted analysis from a first visit. */
export const submittedParam = 'analyse'

/**
 * Name of the parameter that carries a draft application's id through the analysis when its
 * answers are being changed from the wizard, so that the new answers go back to that draft.
 */
export const applicationParam = 'application'

/** True for a value that may be an application id (the right to it is checked where used). */
export const isApplicationParam = (value: string | null): value is string =>
  value !== null && /^[A-Za-z0-9-]{1,64}$/.test(value)

/**
 * Name of the parameter (`?preview=1`) with which staff open a bundle that is not published
 * yet: its analysis and the start of its application (see `staffPreviewerOf`).
 */
export const previewParam = 'preview'
