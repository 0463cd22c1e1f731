import type { CollectionBeforeLoginHook } from 'payload'

import type { User } from '../../../payload-types'

import { RefusedError } from '../../../http/httpError'

export const refuseInactive: CollectionBeforeLoginHook<User> = ({ user }) => {
  if (user.active === false) {
    throw new RefusedError(
      'Ce compte est désactivé. Demandez à un administrateur de le réactiver.',
      403,
      { reason: 'inactive' },
    )
  }
  return user
}
