import { describe, expect, it } from 'vitest'

import { archiveLimits, isWithinArchiveLimits } from '../../src/collections/Attachments/archiveLimits'
import { docxOf } from '../support/zip'

describe('isWithinArchiveLimits', () => {
  it('should take an ordinary office document', () => {
    expect(isWithinArchiveLimits(docxOf(Buffer.from('<w:document>Hei</w:document>')))).toBe(true)
  })

  it('should take a large document that packs as text does', () => {
    const text = Buffer.from(
      Array.from({ length: 200_000 }, (_, index) => `<w:p>Rivi ${index} ${index * 7919}</w:p>`).join(''),
    )
    expect(text.length).toBeGreaterThan(archiveLimits.ratioFreeBytes)
    expect(isWithinArchiveLimits(docxOf(text))).toBe(true)
  })

  it('should refuse a small file that unpacks into 60 MiB', () => {
    const bomb = docxOf(Buffer.alloc(60 * 1024 * 1024, 0x41))
    expect(bomb.length).toBeLessThan(100 * 1024)
    expect(isWithinArchiveLimits(bomb)).toBe(false)
  })

  it('should refuse a bomb whose directory claims a small size', () => {
    expect(isWithinArchiveLimits(docxOf(Buffer.alloc(60 * 1024 * 1024, 0x41), 1000))).toBe(false)
  })

  it('should refuse a packing ratio far beyond a document under the size limit', () => {
    expect(isWithinArchiveLimits(docxOf(Buffer.alloc(20 * 1024 * 1024, 0x20)))).toBe(false)
  })

  it('should refuse what is not a readable archive', () => {
    expect(isWithinArchiveLimits(Buffer.from('PK\u0003\u0004 not really'))).toBe(false)
    expect(isWithinArchiveLimits(docxOf(Buffer.from('<w:document/>')).subarray(0, -4))).toBe(false)
    expect(isWithinArchiveLimits(Buffer.alloc(0))).toBe(false)
  })
})
