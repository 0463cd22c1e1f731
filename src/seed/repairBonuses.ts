/** The demo shop's « bonus réparation » table: an example, the shop enters the official scale. */
import type { Payload, PayloadRequest } from 'payload'

import type { TypeCode } from './catalog'

const SEED_CONTEXT = { auditLog: false }

// Example amounts in the spirit of the QualiRépar scale; a real shop copies the one in force.
const BONUSES: { type: TypeCode; label: string; amount: number }[] = [
  { type: 'smartphone', label: 'Smartphone — panne hors casse', amount: 2500 },
  { type: 'smartphone', label: 'Smartphone — écran cassé', amount: 2500 },
  { type: 'tablet', label: 'Tablette — panne', amount: 2500 },
  { type: 'laptop', label: 'Ordinateur portable — panne', amount: 5000 },
  { type: 'tv', label: 'Téléviseur — panne', amount: 6000 },
  { type: 'console', label: 'Console — panne', amount: 2000 },
]

export async function seedRepairBonuses(
  payload: Payload,
  types: Map<TypeCode, number>,
  req: PayloadRequest,
): Promise<number> {
  const existing = await payload.count({ collection: 'repair-bonuses', req })
  if (existing.totalDocs > 0) return 0
  for (const bonus of BONUSES) {
    await payload.create({
      collection: 'repair-bonuses',
      data: {
        label: bonus.label,
        deviceType: types.get(bonus.type)!,
        amount: bonus.amount,
        ecoOrganism: 'ecosystem',
        active: true,
      },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
  }
  return BONUSES.length
}
