/**
 * The edge of the API: what a request may weigh and ask for, checked before Payload reads the
 * body or runs a query. Wraps the Next route handlers (src/app/(payload)/api) and the test
 * helper that calls them, so both go through the same bounds.
 */
import type { SanitizedConfig } from 'payload'

import { LIMITS, megabytes } from '../config/limits'

type RouteArgs = { params: Promise<Record<string, string | string[]>> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response> | Response

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

function refusal(status: number, message: string, field?: string): Response {
  return Response.json({ errors: [{ message, ...(field ? { data: { field } } : {}) }] }, { status })
}

function tooLarge(max: number): Response {
  return refusal(
    413,
    `La requête est trop volumineuse : ${megabytes(max)} au plus. Envoyez moins de données à la fois, ou des photos plus légères.`,
  )
}

/** The body, read up to `max` bytes: a Request to hand on, or the 413 answer. */
async function boundedBody(request: Request, max: number): Promise<Request | Response> {
  const declared = request.headers.get('content-length')
  // Node's HTTP server never delivers more than a declared length: only unsized bodies are counted.
  if (declared !== null) return Number(declared) > max ? tooLarge(max) : request
  if (!request.body) return request
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      return tooLarge(max)
    }
    chunks.push(value)
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
  })
}

function limitProblem(raw: string, max: number, what: string, field: string): Response | null {
  const value = Number(raw)
  if (Number.isInteger(value) && value >= 1 && value <= max) return null
  return refusal(
    400,
    `Le paramètre « ${field} » vaut « ${raw} » : indiquez un nombre de ${what} entre 1 et ${max}, et parcourez la suite avec « page ».`,
    field,
  )
}

/** `limit`, `pagination=false` and join limits of a REST query, against the collection's maximum. */
export function queryProblem(url: URL, config: SanitizedConfig, apiRoute: string): Response | null {
  const slug = url.pathname.slice(apiRoute.length).split('/').filter(Boolean)[0]
  const collection = config.collections.find((c) => c.slug === slug)
  const max = Number(collection?.custom?.maxLimit ?? LIMITS.maxLimit)
  const params = url.searchParams
  const limit = params.get('limit')
  // Top-level conditions are all required: such a page never holds more documents than it names.
  const named =
    [...params.keys()].filter((k) => /^where\[id\]\[in\]\[\d+\]$/.test(k)).length +
    (params.get('where[id][in]')?.split(',').filter(Boolean).length ?? 0)
  const pageMax = named > 0 && named <= LIMITS.maxIdList ? Math.max(max, LIMITS.maxIdList) : max
  if (limit !== null) {
    const problem = limitProblem(limit, pageMax, 'documents par page', 'limit')
    if (problem) return problem
  } else if (params.get('pagination') === 'false') {
    return refusal(
      400,
      `« pagination=false » sans « limit » demanderait tous les documents : indiquez « limit » (${max} au plus).`,
      'limit',
    )
  }
  for (const [key, value] of params) {
    const join = /^joins\[([^\]]+)\]\[limit\]$/.exec(key)
    if (!join) continue
    const problem = limitProblem(value, LIMITS.maxJoinLimit, 'documents liés', key)
    if (problem) return problem
  }
  return null
}

const AUTH_ROUTE = /^\/(users|customers)\/(login|forgot-password|reset-password|register)$/
const AUTH_MUTATION = /\b(login|forgotPassword|resetPassword)(User|Customer)\b/

/**
 * Whether the answer to this request must take at least LIMITS.authAnswerMs: sign-in, reset and
 * sign-up, by REST or GraphQL. `always`: whatever the outcome; otherwise only when refused.
 */
async function authTiming(
  request: Request,
  url: URL,
  apiRoute: string,
): Promise<'always' | 'failure' | null> {
  if (request.method !== 'POST') return null
  const path = url.pathname.slice(apiRoute.length)
  const route = AUTH_ROUTE.exec(path)
  if (route) return route[2] === 'login' ? 'failure' : 'always'
  if (
    path === '/graphql' &&
    AUTH_MUTATION.test(
      await request
        .clone()
        .text()
        .catch(() => ''),
    )
  )
    return 'always'
  return null
}

async function atLeast(startedAt: number, ms: number): Promise<void> {
  const left = startedAt + ms - Date.now()
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
}

/** Wraps a Payload route handler with the body size and query bounds. */
export function guarded(
  handler: Handler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Handler {
  return async (request, args) => {
    const startedAt = Date.now()
    const resolved = await config
    const url = new URL(request.url)
    const problem = queryProblem(url, resolved, resolved.routes.api)
    if (problem) return problem
    if (WITHOUT_BODY.has(request.method)) return handler(request, args)
    const multipart = (request.headers.get('content-type') ?? '').startsWith('multipart/')
    const bounded = await boundedBody(
      request,
      multipart ? LIMITS.maxUploadBytes : LIMITS.maxJsonBytes,
    )
    if (bounded instanceof Response) return bounded
    const timing = await authTiming(bounded, url, resolved.routes.api)
    const response = await handler(bounded, args)
    if (timing === 'always' || (timing === 'failure' && response.status >= 400))
      await atLeast(startedAt, LIMITS.authAnswerMs)
    return response
  }
}
