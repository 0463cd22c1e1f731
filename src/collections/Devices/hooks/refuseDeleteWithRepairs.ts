import { keepReferenced } from '../../../hooks/keepReferenced'

export const refuseDeleteWithRepairs = keepReferenced([
  {
    collection: 'repairs',
    where: (id) => ({ device: { equals: id } }),
    message: (n) =>
      `Cet appareil a ${n} réparation(s) : son historique doit être conservé, il ne peut pas être supprimé.`,
  },
])
