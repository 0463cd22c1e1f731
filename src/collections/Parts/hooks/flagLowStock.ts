import type { CollectionBeforeChangeHook } from 'payload'

import type { Part } from '../../../payload-types'

/** A new part, or a new threshold, may already be « stock bas » before any movement. */
export const flagLowStock: CollectionBeforeChangeHook<Part> = ({ data, originalDoc }) => {
  const quantity = Number(originalDoc?.quantityOnHand ?? 0)
  const threshold = Number(data.reorderThreshold ?? originalDoc?.reorderThreshold ?? 0)
  const low = quantity <= threshold
  return {
    ...data,
    lowStock: low,
    lowStockAlerted: low ? Boolean(originalDoc?.lowStockAlerted) : false,
  }
}
