import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { roleOf } from '../access/roles'
import { mayReadTechnicianFigures } from '../domain/permissions'
import { TechnicianFigures } from './TechnicianFigures'

/**
 * On a technician's account page: their figures, for a viewer who may read them. Decided here,
 * on the server, where the viewer's role is known: the browser then asks only what it may.
 * The field's condition (the account is a technician's) hides it otherwise, before any request.
 */
export async function TechnicianFiguresField({ id, req }: UIFieldServerProps) {
  if (id === undefined || id === null || !req.user) return null
  if (!mayReadTechnicianFigures(await roleOf(req), req.user.id, id)) return null
  return <TechnicianFigures technicianId={id} title="Chiffres du technicien" />
}
