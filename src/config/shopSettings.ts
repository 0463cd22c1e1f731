import type { PayloadRequest } from 'payload'

import { resolveShopSettings, type ShopSettings, type StoredSettings } from '../domain/shopSettings'

/**
 * The shop's settings for a document or a rule being applied (a ticket printed, a warranty
 * started): read by the system, whoever the request is for — a receptionist printing a ticket
 * may not open the settings page, the ticket still carries the shop's identity.
 */
export async function readShopSettings(req: PayloadRequest): Promise<ShopSettings> {
  const stored = await req.payload.findGlobal({ slug: 'settings', depth: 0, req })
  return resolveShopSettings(stored as StoredSettings, process.env)
}
