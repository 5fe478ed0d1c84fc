/** Name of the hidden field that tells a submitted analysis from a first visit. */
export const submittedParam = 'analyse'
