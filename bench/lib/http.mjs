// JSON calls to a Payload REST API, for a bench's set-up (fixtures, logins), not for its measured requests.

/** One request to `${base}/api/${route}`; the body is parsed as JSON when it is JSON. */
export async function call(base, method, route, { token, body } = {}) {
  const headers = { 'accept-language': 'fr' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers.authorization = `JWT ${token}`
  const res = await fetch(`${base}/api/${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json = text
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, body: json }
}

/** `call`, which throws unless the status is one of `expected`: a fixture that fails stops the bench. */
export async function must(base, method, route, options, expected = [200, 201]) {
  const res = await call(base, method, route, options)
  if (!expected.includes(res.status))
    throw new Error(
      `${method} /api/${route} → ${res.status} : ${JSON.stringify(res.body).slice(0, 800)}`,
    )
  return res.body
}

/** The token and user id of a password login. */
export async function login(base, email, password) {
  const body = await must(base, 'POST', 'users/login', { body: { email, password } }, [200])
  return { token: body.token, id: body.user?.id }
}

/** `fn(0)` … `fn(n - 1)`, at most `width` at a time (fixtures without flooding the server); results in order. */
export async function inParallel(n, width, fn) {
  const results = new Array(n)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++
        results[i] = await fn(i)
      }
    }),
  )
  return results
}
