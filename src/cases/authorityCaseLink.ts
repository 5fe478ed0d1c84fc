/** Where an authority user opens the case in the authority workspace. */
export const authorityCaseLinkOf = ({ serverURL, caseId }: { serverURL: string; caseId: number | string }) =>
  `${serverURL}/authority/cases/${encodeURIComponent(String(caseId))}`
