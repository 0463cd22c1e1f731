import type { PayloadRequest } from 'payload'

import { roleOf } from '../access/roles'
import { parisDayStart } from '../domain/parisTime'
import {
  type Action,
  can,
  type Capability,
  deniedMessage,
  type Feature,
  capabilityDeniedMessage,
  hasCapability,
} from '../domain/permissions'
import { RefusedError } from '../http/httpError'

/** Custom endpoints are public unless they say otherwise: these say otherwise. */
export async function requirePermission(
  req: PayloadRequest,
  feature: Feature,
  action: Action,
): Promise<void> {
  if (!req.user) throw new RefusedError('Connectez-vous pour continuer.', 401)
  if (!can(await roleOf(req), feature, action))
    throw new RefusedError(deniedMessage(feature, action), 403)
}

export async function requireCapability(
  req: PayloadRequest,
  capability: Capability,
  label: string,
): Promise<void> {
  if (!req.user) throw new RefusedError('Connectez-vous pour continuer.', 401)
  if (!hasCapability(await roleOf(req), capability)) {
    throw new RefusedError(capabilityDeniedMessage(label), 403)
  }
}

export async function jsonBody<T>(req: PayloadRequest): Promise<T> {
  try {
    return (await req.json!()) as T
  } catch {
    throw new RefusedError('Le corps de la requête doit être un objet JSON valide.', 400)
  }
}

export function idParam(req: PayloadRequest, name = 'id'): number {
  const id = Number(req.routeParams?.[name])
  if (!Number.isInteger(id) || id <= 0)
    throw new RefusedError(`Identifiant « ${String(req.routeParams?.[name])} » invalide.`, 400, {
      field: name,
    })
  return id
}

/**
 * Date query parameter, or the fallback. 'YYYY-MM-DD' is a day of the shop's calendar: the
 * instant it starts in Paris (a month's figures start at midnight in Paris, not in UTC).
 */
export function dateParam(req: PayloadRequest, name: string, fallback: Date): Date {
  const raw = req.searchParams.get(name)
  if (!raw) return fallback
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parisDayStart(raw) : new Date(raw)
  if (!date || Number.isNaN(date.getTime()))
    throw new RefusedError(
      `Le paramètre « ${name} » (« ${raw} ») n'est pas une date : écrivez-la AAAA-MM-JJ.`,
      400,
      { field: name },
    )
  return date
}
