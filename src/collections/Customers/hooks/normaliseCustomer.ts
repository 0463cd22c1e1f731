import type { CollectionBeforeChangeHook } from 'payload'

import type { Customer } from '../../../payload-types'

import { normaliseSiret } from '../../../domain/identifiers'
import { normalisePhone } from '../../../domain/phone'
import { enforce } from '../../../http/httpError'

/** Phone to E.164, SIRET checked, display name kept for lists and search. */
export const normaliseCustomer: CollectionBeforeChangeHook<Customer> = ({ data, originalDoc }) => {
  if (typeof data.phone === 'string') {
    const phone = data.phone.trim()
    if (phone)
      enforce(() => {
        data.phone = normalisePhone(phone)
      })
    else data.phone = null
  }
  if (typeof data.siret === 'string') {
    const siret = data.siret.trim()
    if (siret)
      enforce(() => {
        data.siret = normaliseSiret(siret)
      })
    else data.siret = null
  }
  const merged = { ...originalDoc, ...data }
  const name = [merged.firstName, merged.lastName].filter(Boolean).join(' ')
  return { ...data, displayName: merged.company ? `${name} (${merged.company})` : name }
}
