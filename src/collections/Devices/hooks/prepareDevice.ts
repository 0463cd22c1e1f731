import type { CollectionBeforeChangeHook } from 'payload'

import type { Device } from '../../../payload-types'

import { normaliseImei } from '../../../domain/identifiers'
import { appendNotes } from '../../../hooks/appendOnlyNotes'
import { enforce } from '../../../http/httpError'

export const prepareDevice: CollectionBeforeChangeHook<Device> = ({ data, originalDoc, req }) => {
  if (data.imei)
    enforce(() => {
      data.imei = normaliseImei(String(data.imei))
    })
  const notes = appendNotes(data.technicalNotes, originalDoc?.technicalNotes, req)
  // appendNotes serves repairs and devices alike: its notes are loosely typed.
  if (notes !== undefined) data.technicalNotes = notes as Device['technicalNotes']
  const merged = { ...originalDoc, ...data }
  data.label =
    [merged.brand, merged.model].filter(Boolean).join(' ') +
    (merged.serialNumber ? ` (${merged.serialNumber})` : '')
  return data
}
