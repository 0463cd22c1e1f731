import { readPdf } from './pdfText'

/** The text of a PDF, spaces collapsed: what a reader sees on it (src: readPdf). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(Buffer.from(bytes))).text
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
