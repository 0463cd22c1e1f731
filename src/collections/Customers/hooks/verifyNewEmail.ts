import type { CollectionBeforeChangeHook } from 'payload'

import type { Customer } from '../../../payload-types'

import { holdEmailChange } from '../../../operations/emailChange'

/** A new address is verified before it is used (src/operations/emailChange.ts). */
export const verifyNewEmail: CollectionBeforeChangeHook<Customer> = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !originalDoc || context.replaceEmail) return data
  const held = holdEmailChange(data, originalDoc)
  if (held) context.heldEmailChange = held
  return data
}
