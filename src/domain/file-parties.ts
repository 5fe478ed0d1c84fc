/** A record id as the domain sees it: a number on SQL databases, a string on MongoDB. */
type Id = number | string

/** Whose matter a record or a file is: the customer, and the organisation acted for. */
export type MatterParty = { applicant: Id | null; onBehalfOf: Id | null }

/** What decides whose a stored file is. */
export type FileOwnership = MatterParty & {
  uploadedBy: Id | null
  /** Already linked to a matter and received by an authority (locked or shared). */
  isShared: boolean
}

const same = (a: Id | null, b: Id | null) => a !== null && b !== null && String(a) === String(b)

/**
 * A file is of a matter when it is the same customer's, or the same organisation's when
 * the matter is an organisation's. Only such files are served with the matter's records.
 */
export const isFileOfParty = (file: MatterParty, party: MatterParty): boolean =>
  same(file.applicant, party.applicant) || same(file.onBehalfOf, party.onBehalfOf)

/**
 * A writer may link a file to a record of a matter when the file is of that matter, or is
 * the writer's own upload that nobody has received yet (it becomes the matter's when
 * linked). So nobody moves one customer's file into another customer's matter.
 */
export const mayLinkFile = ({
  file,
  party,
  writer,
}: {
  file: FileOwnership
  party: MatterParty
  writer: Id
}): boolean => isFileOfParty(file, party) || (!file.isShared && same(file.uploadedBy, writer))
