import type { ServerProps } from 'payload'

import React from 'react'

import type { User } from '../payload-types'

import { roleOf } from '../access/roles'
import { can } from '../domain/permissions'

/** Atelier's own pages in the admin navigation, for the roles that use them. */
export async function NavLinks({ payload, user }: ServerProps) {
  const staff = user as (User & { collection?: string }) | undefined
  if (!staff || staff.collection !== 'users' || staff.active === false) return null
  const role = await roleOf({ payload, user: staff })
  const admin = payload.config.routes.admin
  const links = [
    can(role, 'repairs', 'create') && {
      id: 'nav-nouveau-depot',
      href: `${admin}/nouveau-depot`,
      label: 'Nouveau dépôt',
    },
    staff.isTechnician && {
      id: 'nav-mes-reparations',
      href: `${admin}/mes-reparations`,
      label: 'Mes réparations',
    },
    can(role, 'stock', 'read') && {
      id: 'nav-stock-bas',
      href: `${admin}/stock-bas`,
      label: 'Stock bas',
    },
    can(role, 'invoices', 'read') && {
      id: 'nav-conformite',
      href: `${admin}/conformite`,
      label: 'Conformité',
    },
    can(role, 'invoices', 'read') && {
      id: 'nav-bonus',
      href: `${admin}/bonus-a-reclamer`,
      label: 'Bonus à réclamer',
    },
  ].filter(Boolean) as { id: string; href: string; label: string }[]
  if (!links.length) return null
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '16px 0' }}>
      {links.map((link) => (
        <a className="nav__link" href={link.href} id={link.id} key={link.id}>
          {link.label}
        </a>
      ))}
    </div>
  )
}
