import { describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'

describe('démarrage', () => {
  it('applies migrations, seeds the default roles and answers health', async () => {
    const payload = await testPayload()
    const roles = await payload.find({
      collection: 'roles',
      sort: 'code',
      where: { code: { exists: true } },
    })
    expect(roles.docs.map((r) => r.code)).toEqual(['admin', 'receptionist', 'technician'])
    const res = await api('GET', 'health')
    expect(res.status).toBe(200)
    expect(res.body.database).toBe('ok')
  })
})
