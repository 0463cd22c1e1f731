import type { ServerProps } from 'payload'

import { redirect } from 'next/navigation'

import type { User } from '../payload-types'

import { roleOf } from '../access/roles'
import { landingPage } from '../domain/permissions'

/**
 * Each role lands on the page of its day instead of Payload's collection cards: the bench on
 * « Mes réparations », the counter on « Nouveau dépôt ». Whoever manages the shop keeps the
 * dashboard. Rendered before the dashboard, it sends the others on before it is drawn.
 */
export async function LandingRedirect({ payload, user }: ServerProps) {
  const staff = user as (User & { collection?: string }) | undefined
  if (!staff || staff.collection !== 'users' || staff.active === false) return null
  const role = await roleOf({ payload, user: staff })
  const page = landingPage(role, Boolean(staff.isTechnician))
  if (page) redirect(`${payload.config.routes.admin}/${page}`)
  return null
}
