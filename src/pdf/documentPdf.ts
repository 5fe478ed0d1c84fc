import { PDFDocument, StandardFonts, type PDFFont, type PDFPage, rgb } from 'pdf-lib'

/** One titled part of a document: label–value rows, then free paragraphs. */
export type PdfSection = {
  heading: string
  rows?: [label: string, value: string][]
  paragraphs?: string[]
}

export type PdfDocumentInput = {
  title: string
  subtitle?: string
  /** Document language, written into the PDF's metadata. */
  language: string
  sections: PdfSection[]
  footer?: string
}

const pageSize: [number, number] = [595.28, 841.89] // A4
const margin = 56
const bodySize = 10
const lineGap = 4
const labelWidth = 170

/** The standard fonts write WinAnsi only: anything else becomes '?' rather than an error. */
const winAnsi = (text: string, font: PDFFont) =>
  [...text.replace(/\r?\n/g, ' ')]
    .map((character) => {
      try {
        font.encodeText(character)
        return character
      } catch {
        return '?'
      }
    })
    .join('')

const wrap = (text: string, font: PDFFont, size: number, width: number): string[] => {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line = ''
    for (const word of winAnsi(paragraph, font).split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate
      else {
        lines.push(line)
        line = word
      }
    }
    lines.push(line)
  }
  return lines
}

/**
 * A plain, accessible-enough A4 document (title, language and subject in its metadata) for
 * receipts and case exports: real text, not images, so it can be searched and read aloud.
 */
export const documentPdf = async ({ title, subtitle, language, sections, footer }: PdfDocumentInput) => {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setLanguage(language)
  pdf.setSubject(subtitle ?? title)
  pdf.setProducer('Lupa')
  pdf.setCreator('Lupa')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const width = pageSize[0] - 2 * margin

  let page: PDFPage = pdf.addPage(pageSize)
  let y = pageSize[1] - margin
  const ensure = (height: number) => {
    if (y - height >= margin) return
    page = pdf.addPage(pageSize)
    y = pageSize[1] - margin
  }
  const write = (text: string, { font = regular, size = bodySize, x = margin, maxWidth = width } = {}) => {
    for (const line of wrap(text, font, size, maxWidth)) {
      ensure(size + lineGap)
      y -= size
      page.drawText(line, { x, y, size, font, color: rgb(0.13, 0.13, 0.13) })
      y -= lineGap
    }
  }

  write(title, { font: bold, size: 18 })
  if (subtitle) write(subtitle, { size: 11 })
  y -= 8
  for (const section of sections) {
    ensure(40)
    y -= 10
    write(section.heading, { font: bold, size: 13 })
    y -= 2
    for (const [label, value] of section.rows ?? []) {
      const labelLines = wrap(label, bold, bodySize, labelWidth - 10)
      const valueLines = wrap(value || '–', regular, bodySize, width - labelWidth)
      const rows = Math.max(labelLines.length, valueLines.length)
      ensure(rows * (bodySize + lineGap))
      for (let index = 0; index < rows; index += 1) {
        y -= bodySize
        if (labelLines[index]) page.drawText(labelLines[index], { x: margin, y, size: bodySize, font: bold })
        if (valueLines[index])
          page.drawText(valueLines[index], { x: margin + labelWidth, y, size: bodySize, font: regular })
        y -= lineGap
      }
    }
    for (const paragraph of section.paragraphs ?? []) {
      write(paragraph)
      y -= 2
    }
  }
  if (footer) {
    y -= 12
    write(footer, { size: 8 })
  }
  return pdf.save()
}
