import { describe, expect, it } from 'vitest'

import { assertAnAdminRemains } from '../../src/domain/admins'
import { DomainError } from '../../src/domain/errors'
import {
  capabilityDeniedMessage,
  landingPage,
  ACTION_KEYS,
  can,
  CAPABILITY_KEYS,
  DEFAULT_ROLES,
  deniedMessage,
  FEATURE_KEYS,
  hasCapability,
  managesUsers,
  mayReadTechnicianFigures,
  seesAllTechnicianFigures,
} from '../../src/domain/permissions'
import { httpStatusOf } from '../../src/http/domainStatus'

const role = (code: string) => DEFAULT_ROLES.find((r) => r.code === code)!

// The matrix of MISSION.md, written out independently of DEFAULT_ROLES.
const expected: Record<string, Record<string, string>> = {
  receptionist: {
    customers: 'rcu',
    devices: 'rcu',
    repairs: 'rcu',
    technicians: 'r',
    invoices: 'rcu',
    payments: 'rc',
    stock: 'r',
    purchaseOrders: '',
    communications: 'rcu',
    warranties: 'rcu',
    reports: '',
    users: '',
    logs: '',
    settings: '',
  },
  technician: {
    customers: '',
    devices: 'ru',
    repairs: 'ru',
    technicians: 'r',
    invoices: '',
    payments: '',
    stock: 'r',
    purchaseOrders: '',
    communications: '',
    warranties: '',
    reports: '',
    users: '',
    logs: '',
    settings: '',
  },
}
const letter = { read: 'r', create: 'c', update: 'u', delete: 'd' } as const

describe('can (permission check)', () => {
  it('gives the administrator every action on every feature and every capability', () => {
    for (const feature of FEATURE_KEYS)
      for (const action of ACTION_KEYS) expect(can(role('admin'), feature, action)).toBe(true)
    for (const capability of CAPABILITY_KEYS)
      expect(hasCapability(role('admin'), capability)).toBe(true)
  })

  for (const code of ['receptionist', 'technician']) {
    describe(code, () => {
      for (const feature of FEATURE_KEYS) {
        it(`${feature}: ${expected[code]![feature] || 'rien'}`, () => {
          for (const action of ACTION_KEYS) {
            expect(can(role(code), feature, action)).toBe(
              expected[code]![feature]!.includes(letter[action]),
            )
          }
        })
      }
    })
  }

  it('denies everything without a role', () => {
    expect(can(null, 'customers', 'read')).toBe(false)
    expect(can(undefined, 'logs', 'read')).toBe(false)
    expect(hasCapability(null, 'costs.read')).toBe(false)
  })

  it('denies an action the role leaves unset (null) rather than false', () => {
    expect(can({ permissions: { customers: { read: null } } }, 'customers', 'read')).toBe(false)
  })

  it('grants technicians technical notes but not purchase costs nor every repair', () => {
    expect(hasCapability(role('technician'), 'notes.technical')).toBe(true)
    expect(hasCapability(role('technician'), 'costs.read')).toBe(false)
    expect(hasCapability(role('technician'), 'repairs.all')).toBe(false)
    expect(hasCapability(role('receptionist'), 'repairs.all')).toBe(true)
    expect(hasCapability(role('receptionist'), 'repairs.assign')).toBe(true)
    expect(hasCapability(role('receptionist'), 'costs.read')).toBe(false)
    // The counter bills and takes the payment at hand-back.
    expect(hasCapability(role('receptionist'), 'invoices.issue')).toBe(true)
  })

  it('counts as administrator whoever may update users & roles', () => {
    expect(managesUsers(role('admin'))).toBe(true)
    expect(managesUsers(role('receptionist'))).toBe(false)
  })

  it('explains a refusal in French, naming the feature and the action', () => {
    expect(deniedMessage('stock', 'delete')).toContain('« Supprimer » sur « Stock »')
  })
})

describe('assertAnAdminRemains', () => {
  it('accepts a change that leaves one administrator', () => {
    expect(() => assertAnAdminRemains(1)).not.toThrow()
  })
  it('refuses a change that leaves none, with a 409 and a French message', () => {
    try {
      assertAnAdminRemains(0)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError)
      expect(httpStatusOf((error as DomainError).code)).toBe(409)
      expect((error as DomainError).message).toMatch(/dernier administrateur actif/)
    }
  })
})

describe('capabilityDeniedMessage', () => {
  it('elides « de » before a vowel or a mute h, as French does', () => {
    expect(capabilityDeniedMessage('assigner les réparations')).toMatch(
      /^Votre rôle ne permet pas d'assigner les réparations\./,
    )
    expect(capabilityDeniedMessage('habiliter un compte')).toMatch(/pas d'habiliter/)
    expect(capabilityDeniedMessage('voir les coûts')).toMatch(/pas de voir les coûts/)
  })
})

describe('landingPage', () => {
  it('sends the counter to « Nouveau dépôt » and the bench to « Mes réparations »', () => {
    expect(landingPage(role('receptionist'), false)).toBe('nouveau-depot')
    expect(landingPage(role('technician'), true)).toBe('mes-reparations')
  })
  it('keeps the dashboard for whoever manages users, technician or not, and for no role', () => {
    expect(landingPage(role('admin'), true)).toBeNull()
    expect(landingPage(null, false)).toBeNull()
    expect(landingPage(role('technician'), false)).toBeNull()
  })
})

describe('technician figures', () => {
  it('are seen for everyone by reports readers and by whoever assigns repairs', () => {
    expect(seesAllTechnicianFigures(role('admin'))).toBe(true)
    expect(seesAllTechnicianFigures(role('receptionist'))).toBe(true)
    expect(seesAllTechnicianFigures(role('technician'))).toBe(false)
    const reports = { permissions: { reports: { read: true } } }
    expect(seesAllTechnicianFigures(reports)).toBe(true)
    expect(seesAllTechnicianFigures(null)).toBe(false)
  })
  it('are read by a technician for themselves only', () => {
    expect(mayReadTechnicianFigures(role('technician'), 7, 7)).toBe(true)
    expect(mayReadTechnicianFigures(role('technician'), 7, '7')).toBe(true)
    expect(mayReadTechnicianFigures(role('technician'), 7, 8)).toBe(false)
    expect(mayReadTechnicianFigures(role('receptionist'), 7, 8)).toBe(true)
  })
  it('are read by nobody whose role may not read technicians, nor for no account', () => {
    const assignsWithoutTechnicians = { capabilities: ['repairs.assign'] }
    expect(mayReadTechnicianFigures(assignsWithoutTechnicians, 7, 8)).toBe(false)
    expect(mayReadTechnicianFigures({ permissions: { users: { read: true } } }, 7, 7)).toBe(false)
    expect(mayReadTechnicianFigures(null, 7, 7)).toBe(false)
    expect(mayReadTechnicianFigures(role('admin'), 7, null)).toBe(false)
  })
})
