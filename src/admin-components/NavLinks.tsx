import type { ServerProps } from 'payload'

import React from 'react'

/** Atelier's own pages in the admin navigation. */
export function NavLinks({ payload, user }: ServerProps) {
  if (!user || (user as { collection?: string }).collection !== 'users') return null
  const admin = payload.config.routes.admin
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '16px 0' }}>
      <a className="nav__link" href={`${admin}/nouveau-depot`} id="nav-nouveau-depot">
        Nouveau dépôt
      </a>
      <a className="nav__link" href={`${admin}/mes-reparations`} id="nav-mes-reparations">
        Mes réparations
      </a>
    </div>
  )
}
