import { describe, expect, it } from 'vitest'

import { isFileOfParty, mayLinkFile } from '../../src/domain/file-parties'

const party = { applicant: 1, onBehalfOf: 10 }
const file = (overrides: Partial<Parameters<typeof mayLinkFile>[0]['file']> = {}) => ({
  applicant: null,
  onBehalfOf: null,
  uploadedBy: 5,
  isShared: false,
  ...overrides,
})

describe('whose a file is', () => {
  it("should count the same customer's and the same organisation's files as the matter's", () => {
    expect(isFileOfParty({ applicant: 1, onBehalfOf: null }, party)).toBe(true)
    expect(isFileOfParty({ applicant: 2, onBehalfOf: 10 }, party)).toBe(true)
    expect(isFileOfParty({ applicant: '1', onBehalfOf: null }, party)).toBe(true)
  })

  it("should not count another customer's file, nor a file of nobody", () => {
    expect(isFileOfParty({ applicant: 2, onBehalfOf: 11 }, party)).toBe(false)
    expect(isFileOfParty({ applicant: null, onBehalfOf: null }, { applicant: null, onBehalfOf: null })).toBe(
      false,
    )
  })

  it("should let a writer link the matter's files and their own unshared upload", () => {
    expect(mayLinkFile({ file: file({ applicant: 1, isShared: true }), party, writer: 7 })).toBe(true)
    expect(mayLinkFile({ file: file({ uploadedBy: 7 }), party, writer: 7 })).toBe(true)
  })

  it("should refuse another customer's file, even one the writer may read or uploaded", () => {
    expect(
      mayLinkFile({ file: file({ applicant: 2, uploadedBy: 2, isShared: true }), party, writer: 7 }),
    ).toBe(false)
    expect(
      mayLinkFile({ file: file({ applicant: 2, uploadedBy: 7, isShared: true }), party, writer: 7 }),
    ).toBe(false)
    expect(mayLinkFile({ file: file({ uploadedBy: 8 }), party, writer: 7 })).toBe(false)
  })
})
