import type { FieldHook } from 'payload'

import { normalisePhone } from '../domain/phone'
import { enforce } from '../http/httpError'

/**
 * A phone field stored in E.164 as customers' are (src/domain/phone.ts): typed any usual way,
 * shown by PhoneCell/PhoneField, found by the widened phone search; empty becomes null.
 */
export const normalisePhoneField: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  const phone = value.trim()
  if (!phone) return null
  let stored = phone
  enforce(() => {
    stored = normalisePhone(phone)
  })
  return stored
}
