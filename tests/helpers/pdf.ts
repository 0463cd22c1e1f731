import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of a PDF's first page, spaces collapsed: what a reader sees on it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes }).promise
  const page = await doc.getPage(1)
  const content = await page.getTextContent()
  return content.items
    .map((i) => ('str' in i ? i.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
}

/** GET through Payload's REST handler, the body as bytes (PDFs, files). */
export async function getRaw(path: string, token?: string): Promise<Response> {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const config = (await import('@payload-config')).default
  const headers = new Headers(token ? { authorization: `JWT ${token}` } : {})
  const url = new URL(`http://localhost/api/${path}`)
  return REST_GET(config)(new Request(url, { headers }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
}
