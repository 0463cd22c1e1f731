import type { Payload } from 'payload'

import demo from './demo-accounts.json' with { type: 'json' }

/** Demo data for a French repair shop. Runs once, on an empty database only. */
export async function seedDemo(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  for (const account of demo.accounts) {
    const role = await payload.find({ collection: 'roles', where: { code: { equals: account.role } }, limit: 1 })
    await payload.create({
      collection: 'users',
      data: { name: account.name, email: account.email, password: demo.password, role: role.docs[0]!.id, active: true },
    })
  }
  payload.logger.info('Données de démonstration créées.')
  return true
}
