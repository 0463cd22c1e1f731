'use client'
/** Browser-side helpers of the purchase-order page, with the admin's session cookie. */
import { useEffect, useState } from 'react'

import { errorMessages, getJson } from './intakeApi'

const granted = (grant: unknown): boolean =>
  grant === true ||
  Boolean(grant && typeof grant === 'object' && (grant as { permission?: unknown }).permission)

/** May the user do `action` on this document, by the permissions the edit view was given? */
export function docPermitted(docPermissions: unknown, action: 'read' | 'update'): boolean {
  return granted((docPermissions as Record<string, unknown> | undefined)?.[action])
}

/**
 * May the user do `action` on the field at `path` (« lines.unitCost »)? Payload's document
 * permissions say `true` for a whole subtree allowed and leave out what is refused.
 */
export function fieldPermitted(
  docPermissions: unknown,
  path: string,
  action: 'read' | 'create' | 'update',
): boolean {
  let fields = (docPermissions as { fields?: unknown } | undefined)?.fields
  for (const name of path.split('.')) {
    if (fields === true) return true
    const field = (fields as Record<string, unknown> | undefined)?.[name]
    if (field === true) return true
    if (!field || typeof field !== 'object') return false
    const own = field as Record<string, unknown>
    if (!granted(own[action])) return false
    fields = own.fields ?? true
  }
  return true
}

export type PartSummary = {
  id: number
  sku?: string
  name?: string
  purchaseCost?: number | null
}

/**
 * Name, SKU and purchase cost (for roles that may see it) of the parts of an order; an empty map
 * while loading or when the role may not read parts (the page then says « pièce n° … »).
 */
export function useParts(ids: number[]): Map<number, PartSummary> {
  const key = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))].sort().join(',')
  const [parts, setParts] = useState<Map<number, PartSummary>>(new Map())
  useEffect(() => {
    if (!key) return
    let cancelled = false
    const count = key.split(',').length
    getJson<{ docs: PartSummary[] }>(
      `/api/parts?depth=0&limit=${Math.min(count, 250)}&where[id][in]=${key}` +
        '&select[sku]=true&select[name]=true&select[purchaseCost]=true',
    )
      .then((found) => {
        if (!cancelled) setParts(new Map(found.docs.map((p) => [p.id, p])))
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [key])
  return parts
}

export const partLabel = (parts: Map<number, PartSummary>, id: number): string => {
  const part = parts.get(id)
  if (!part?.name) return `Pièce n° ${id}`
  return part.sku ? `${part.name} (${part.sku})` : part.name
}

/**
 * POSTs to one of the order's endpoints; the French messages of a refusal, as the server wrote
 * them, or of a server that does not answer.
 */
export async function postOrderAction(
  url: string,
  body?: unknown,
): Promise<{ ok: true; message: string } | { ok: false; errors: string[] }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'accept-language': 'fr',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json().catch(() => null)
    if (res.ok) return { ok: true, message: String(json?.message ?? '') }
    // A crash says nothing the user can act on (and may be in English): say so in French.
    if (res.status >= 500)
      return {
        ok: false,
        errors: [
          `Le serveur a rencontré une erreur (${res.status}) : rien n'a été enregistré. Réessayez, ou prévenez l'administrateur si cela se répète.`,
        ],
      }
    return {
      ok: false,
      errors: errorMessages(json, `L'action n'a pas abouti (erreur ${res.status}).`),
    }
  } catch {
    return { ok: false, errors: ['Le serveur ne répond pas : vérifiez la connexion et réessayez.'] }
  }
}
