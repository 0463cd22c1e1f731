import type { Field, FieldAccess } from 'payload'

import { isStaff, roleOf } from '../access/index'
import { payloadSecret } from '../config/env'
import { idOf } from '../domain/ids'
import { can } from '../domain/permissions'
import { isSealed, seal, unseal } from '../domain/sealing'

/** The counter (who registers repairs) and the technician the repair is assigned to. */
const counterOrAssignee: FieldAccess = async ({ req, doc }) => {
  if (!isStaff(req.user)) return false
  if (can(await roleOf(req), 'repairs', 'create')) return true
  return Boolean(doc && idOf(doc.assignee) === req.user!.id)
}

export const UNREADABLE_CODE =
  '(illisible : la clé du serveur a changé, redemandez le code au client)'

/**
 * A device's unlock code or pattern, given at the counter for the bench: sealed in the database
 * (src/domain/sealing.ts), shown to the counter and the assigned technician only, never in the
 * action log, erased when the device is handed back (see hooks/eraseUnlockCode.ts).
 */
export const unlockCodeField: Field = {
  name: 'unlockCode',
  type: 'text',
  maxLength: 200,
  label: { fr: 'Code de déverrouillage ou schéma', en: 'Unlock code or pattern' },
  admin: {
    description: {
      fr: 'Chiffré ; visible de l’accueil et du technicien assigné seulement ; effacé à la restitution.',
      en: 'Encrypted; shown to the counter and the assigned technician only; erased on hand-back.',
    },
  },
  access: { read: counterOrAssignee, create: counterOrAssignee, update: counterOrAssignee },
  hooks: {
    beforeChange: [
      ({ value }) => {
        if (value === null || value === undefined || String(value).trim() === '') return null
        return isSealed(value) ? value : seal(String(value).trim(), payloadSecret())
      },
    ],
    afterRead: [
      ({ value }) =>
        isSealed(value) ? (unseal(value, payloadSecret()) ?? UNREADABLE_CODE) : value,
    ],
  },
}
