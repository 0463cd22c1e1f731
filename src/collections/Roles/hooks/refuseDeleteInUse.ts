import { keepReferenced } from '../../../hooks/keepReferenced'

export const refuseDeleteInUse = keepReferenced([
  {
    collection: 'users',
    where: (id) => ({ role: { equals: id } }),
    message: (n) =>
      `Ce rôle est attribué à ${n} utilisateur(s) : attribuez-leur un autre rôle avant de le supprimer.`,
  },
])
