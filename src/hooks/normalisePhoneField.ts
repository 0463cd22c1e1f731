import { normalisePhone } from '../domain/phone'
import { normaliseField } from './normaliseField'

/**
 * A phone field stored in E.164 as customers' are (src/domain/phone.ts): typed any usual way,
 * shown by PhoneCell/PhoneField, found by the widened phone search; empty becomes null.
 */
export const normalisePhoneField = normaliseField(normalisePhone)
