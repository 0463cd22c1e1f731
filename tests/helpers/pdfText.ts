import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Reads the PDF the way a viewer does (pdfjs), page by page: its text and its metadata. */
export async function readPdf(buffer: Buffer) {
  const pdf = await getDocument({
    data: new Uint8Array(buffer),
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        // fr-FR formatting uses no-break and narrow no-break spaces: compare on plain spaces.
        .replace(/\s+/g, ' '),
    )
  }
  const info: Record<string, unknown> = Object.fromEntries(
    Object.entries((await pdf.getMetadata()).info),
  )
  const numPages = pdf.numPages
  await pdf.destroy()
  return { numPages, pages, text: pages.join(' '), info }
}
