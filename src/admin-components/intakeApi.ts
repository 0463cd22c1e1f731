'use client'
/** Browser-side calls of the intake screen, with the admin's session cookie. */

export type ApiErrorBody = {
  errors?: { message: string; data?: { errors?: { path?: string; message: string }[] } }[]
}

/** French messages out of a Payload error response, field errors included. */
export function errorMessages(body: ApiErrorBody | null, fallback: string): string[] {
  const messages: string[] = []
  for (const error of body?.errors ?? []) {
    const details = error.data?.errors ?? []
    if (details.length) details.forEach((d) => messages.push(d.message))
    else messages.push(error.message)
  }
  return messages.length ? messages : [fallback]
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: 'include', headers: { 'accept-language': 'fr' } })
  if (!res.ok)
    throw new Error(
      errorMessages(await res.json().catch(() => null), `Erreur ${res.status}`).join(' '),
    )
  return (await res.json()) as T
}

export type CustomerHit = {
  id: number
  displayName?: string | null
  email?: string | null
  phone?: string | null
}

export async function searchCustomers(query: string): Promise<CustomerHit[]> {
  const q = encodeURIComponent(query)
  const where = `where[or][0][displayName][like]=${q}&where[or][1][email][like]=${q}&where[or][2][phone][like]=${q}`
  const result = await getJson<{ docs: CustomerHit[] }>(
    `/api/customers?${where}&limit=8&depth=0&select[displayName]=true&select[email]=true&select[phone]=true`,
  )
  return result.docs
}

export type Suggestion = {
  id: number
  name: string
  reasons: string[]
  hasSkill: boolean
  absent: boolean
  overCapacity: boolean
  openRepairs: number
  capacity: number
}

export async function suggestTechnicians(deviceType: string): Promise<Suggestion[]> {
  const result = await getJson<{ technicians: Suggestion[] }>(
    `/api/technicians/suggestions${deviceType ? `?deviceType=${deviceType}` : ''}`,
  )
  return result.technicians
}

export type IntakeResult = {
  message: string
  repair: { id: number; reference: string }
  ticketUrl: string
}

/** The intake as JSON, or as multipart (the JSON in `_payload`) when photos go with it. */
export async function submitIntake(
  payload: unknown,
  photos: File[] = [],
): Promise<{ ok: true; result: IntakeResult } | { ok: false; messages: string[] }> {
  let body: BodyInit = JSON.stringify(payload)
  const headers: Record<string, string> = { 'accept-language': 'fr' }
  if (photos.length) {
    const form = new FormData()
    form.set('_payload', body)
    for (const photo of photos) form.append('photos', photo, photo.name)
    body = form
  } else headers['content-type'] = 'application/json'
  let res: Response
  try {
    res = await fetch('/api/intake', { method: 'POST', credentials: 'include', headers, body })
  } catch {
    return {
      ok: false,
      messages: [
        'Le serveur ne répond pas : rien n’a été enregistré. Vérifiez la connexion et réessayez.',
      ],
    }
  }
  const answer = await res.json().catch(() => null)
  if (res.ok) return { ok: true, result: answer as IntakeResult }
  return {
    ok: false,
    messages: errorMessages(answer, `Le dépôt n’a pas pu être enregistré (erreur ${res.status}).`),
  }
}
