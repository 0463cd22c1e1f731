// Calls Payload's real REST and GraphQL handlers (the ones Next serves) without a web server.
import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

import { guarded } from '../../src/http/guardRequest'

// The same wrapping as src/app/(payload)/api: request bounds, then Payload's handlers.
const handlers = {
  GET: guarded(REST_GET(config), config),
  POST: guarded(REST_POST(config), config),
  PATCH: guarded(REST_PATCH(config), config),
  DELETE: guarded(REST_DELETE(config), config),
}
const graphqlRoute = GRAPHQL_POST(config)
const graphqlHandler = guarded((request) => graphqlRoute(request), config)

export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}

export type ApiResponse<T = any> = { status: number; body: T }

type Options = {
  token?: string
  body?: unknown
  headers?: Record<string, string>
  rawBody?: BodyInit
}

function headersFor(options: Options): Headers {
  const headers = new Headers({ 'accept-language': 'fr', ...options.headers })
  if (options.body !== undefined) headers.set('content-type', 'application/json')
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  return headers
}

async function read(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // non-JSON body (PDF, CSV…) stays text
  }
  return { status: response.status, body }
}

/** `api('GET', 'users?limit=5', { token })` → status and parsed body. */
export async function api(
  method: keyof typeof handlers,
  path: string,
  options: Options = {},
): Promise<ApiResponse> {
  const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const request = new Request(url, {
    method,
    headers: headersFor(options),
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    ...(options.rawBody instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return read(response)
}

export async function graphql(
  query: string,
  options: Omit<Options, 'body'> & { variables?: Record<string, unknown> } = {},
): Promise<ApiResponse> {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: headersFor({ ...options, body: {} }),
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  return read(await graphqlHandler(request, { params: Promise.resolve({}) }))
}

/** Signs in through the REST API and returns the JWT. */
export async function login(
  collection: 'users' | 'customers',
  email: string,
  password: string,
): Promise<string> {
  const res = await api('POST', `${collection}/login`, { body: { email, password } })
  if (res.status !== 200)
    throw new Error(`Connexion refusée pour ${email} : ${JSON.stringify(res.body)}`)
  return res.body.token as string
}
