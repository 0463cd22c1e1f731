import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

import { RefusedError } from '../../../http/httpError'

/** The very first account (empty database) becomes an administrator; later ones need a role. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.role) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  const admin = await req.payload.db.findOne<{ id: number }>({
    collection: 'roles',
    req,
    where: { code: { equals: 'admin' } },
  })
  if (totalDocs === 0 && admin) return { ...data, role: admin.id }
  throw new RefusedError(
    'Le champ « Rôle » est obligatoire : choisissez le rôle de ce compte.',
    400,
    { field: 'role' },
  )
}
