import type { Payload, PayloadRequest } from 'payload'

import type { Lists } from './workshop'

import { TECHNICIANS, type SkillCode } from './catalog'
import demo from './demo-accounts.json' with { type: 'json' }

export type StaffMember = { id: number; name: string }
export type Technician = StaffMember & { skills: SkillCode[]; capacity: number }
export type Staff = {
  admin: StaffMember
  desk: StaffMember
  technicians: Technician[]
  created: number
}

const SEED_CONTEXT = { auditLog: false }
const DAY_MS = 86_400_000

/** Noon UTC keeps the Paris calendar day whatever the season. */
const dayAt = (now: Date, inDays: number) => {
  const d = new Date(now.getTime() + inDays * DAY_MS)
  d.setUTCHours(12, 0, 0, 0)
  return d.toISOString()
}

/**
 * The demo accounts of demo-accounts.json plus two more technicians, all with the demo password.
 * An account whose e-mail already exists is reused as it is.
 */
export async function seedStaff(
  payload: Payload,
  lists: Lists,
  now: Date,
  req?: PayloadRequest,
): Promise<Staff> {
  const accounts = [
    ...demo.accounts.map((a) => ({ name: a.name, email: a.email, role: a.role })),
    ...TECHNICIANS.filter((t) => !demo.accounts.some((a) => a.email === t.email)).map((t) => ({
      name: t.name,
      email: t.email,
      role: 'technician',
    })),
  ]
  const [roles, existing] = await Promise.all([
    payload.find({
      collection: 'roles',
      where: { code: { in: ['admin', 'receptionist', 'technician'] } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    }),
    payload.find({
      collection: 'users',
      where: { email: { in: accounts.map((a) => a.email) } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    }),
  ])
  const roleId = new Map(roles.docs.map((r) => [r.code, r.id]))
  const byEmail = new Map<string, StaffMember>(
    existing.docs.map((u) => [u.email, { id: u.id, name: u.name }]),
  )

  let created = 0
  const createAccount = async (account: (typeof accounts)[number]) => {
    const role = roleId.get(account.role)
    if (!role)
      throw new Error(
        `Rôle « ${account.role} » introuvable : les rôles par défaut doivent exister avant les données de démonstration.`,
      )
    const profile = TECHNICIANS.find((t) => t.email === account.email)
    const user = await payload.create({
      collection: 'users',
      data: {
        name: account.name,
        email: account.email,
        password: demo.password,
        role,
        active: true,
        ...(profile && {
          isTechnician: true,
          capacity: profile.capacity,
          skills: profile.skills.map((code) => lists.skills.get(code)!),
          availability: profile.availability,
          absences: profile.absence
            ? [
                {
                  from: dayAt(now, profile.absence.inDays),
                  to: dayAt(now, profile.absence.inDays + profile.absence.days - 1),
                  reason: profile.absence.reason,
                },
              ]
            : [],
        }),
      },
      depth: 0,
      context: SEED_CONTEXT,
      req,
    })
    byEmail.set(account.email, { id: user.id, name: user.name })
    created++
  }
  for (const account of accounts) if (!byEmail.has(account.email)) await createAccount(account)

  const member = (email: string) => byEmail.get(email)!
  const emailOfRole = (role: string) => demo.accounts.find((a) => a.role === role)!.email
  return {
    admin: member(emailOfRole('admin')),
    desk: member(emailOfRole('receptionist')),
    technicians: TECHNICIANS.map((t) => ({
      ...member(t.email),
      skills: t.skills,
      capacity: t.capacity,
    })),
    created,
  }
}
