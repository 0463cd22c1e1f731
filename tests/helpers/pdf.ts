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

/** The files embedded in a PDF, by name (pdfjs `getAttachments`), and its raw XMP metadata. */
export async function pdfAttachments(bytes: Uint8Array): Promise<{
  files: Record<string, { content: Buffer; description: string }>
  xmp: string | null
}> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  const found = ((await pdf.getAttachments()) ?? {}) as Record<
    string,
    { content: Uint8Array; description?: string }
  >
  const files = Object.fromEntries(
    Object.entries(found).map(([name, file]) => [
      name,
      { content: Buffer.from(file.content), description: file.description ?? '' },
    ]),
  )
  const xmp = (await pdf.getMetadata()).metadata?.getRaw() ?? null
  await pdf.destroy()
  return { files, xmp: typeof xmp === 'string' ? xmp : null }
}
