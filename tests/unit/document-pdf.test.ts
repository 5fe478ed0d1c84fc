import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { documentPdf } from '../../src/pdf/documentPdf'

describe('documentPdf', () => {
  it('should write a PDF with its title and language, paginating long content', async () => {
    const bytes = await documentPdf({
      title: 'Kuitti – Yleisötilaisuus',
      subtitle: 'Lähetetty 30.11.2026',
      language: 'fi',
      sections: Array.from({ length: 30 }, (_, index) => ({
        heading: `Osa ${index + 1}`,
        rows: [
          ['Viranomainen', 'Helsingin poliisilaitos'],
          ['Tiedot', 'Järjestäjä, päivämäärä, paikka, yleisömäärä – ja ”muuta” 😀'],
        ],
        paragraphs: ['Pitkä kappale '.repeat(40)],
      })),
      footer: 'Lupa',
    })
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-')
    const parsed = await PDFDocument.load(bytes)
    expect(parsed.getTitle()).toBe('Kuitti – Yleisötilaisuus')
    expect(parsed.getPageCount()).toBeGreaterThan(1)
  })
})
