import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { roleOf } from '../access/roles'
import { can } from '../domain/permissions'
import { AdminPage } from './AdminPage'
import { IntakeForm } from './IntakeForm'

/** « Nouveau dépôt »: the counter intake on one screen. */
export async function IntakeView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const allowed = can(await roleOf(req), 'repairs', 'create')
  const types = allowed
    ? await req.payload.find({
        collection: 'device-types',
        sort: 'name',
        limit: 100,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  return (
    <AdminPage props={props} title="Nouveau dépôt">
      {allowed ? (
        <IntakeForm
          adminRoute={req.payload.config.routes.admin}
          deviceTypes={types.docs.map((t) => ({ id: t.id, name: t.name }))}
        />
      ) : (
        <p>Votre rôle ne permet pas d’enregistrer un dépôt. Demandez à un administrateur.</p>
      )}
    </AdminPage>
  )
}
