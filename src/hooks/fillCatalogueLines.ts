import type { CollectionBeforeValidateHook } from 'payload'

import type { Part } from '../payload-types'

import { idOf } from '../domain/ids'

type Line = {
  kind?: string | null
  part?: unknown
  description?: string | null
  unitPrice?: number | null
  vatRate?: number | null
}

/**
 * A draft's part lines that name a catalogue part get what was left empty from it: its name,
 * its sale price TTC and its VAT rate. What the user typed stays (a price given wins).
 */
export const fillCatalogueLines: CollectionBeforeValidateHook = async ({ data, req, context }) => {
  if (context.invoicing || context.quoting || !Array.isArray(data?.lines)) return data
  const lines = data.lines as Line[]
  const ids = [
    ...new Set(lines.filter((l) => l.kind === 'part' && l.part).map((l) => idOf(l.part))),
  ]
  if (!ids.length) return data
  // The catalogue is read by the system: the counter quotes a part it may not manage.
  const found = await req.payload.find({
    collection: 'parts',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    req,
  })
  const parts = new Map((found.docs as Part[]).map((p) => [p.id, p]))
  return {
    ...data,
    lines: lines.map((l) => {
      const part = l.kind === 'part' && l.part ? parts.get(idOf(l.part)) : undefined
      if (!part) return l
      return {
        ...l,
        description: l.description?.trim() ? l.description : part.name,
        unitPrice: typeof l.unitPrice === 'number' ? l.unitPrice : (part.salePrice ?? 0),
        vatRate: typeof l.vatRate === 'number' ? l.vatRate : (part.vatRate ?? undefined),
      }
    }),
  }
}
