/**
 * Roles and permissions: which role may do what, per feature and per named capability.
 * Pure data and functions; the access layer (src/access) turns them into Payload access.
 */

export const FEATURES = {
  customers: { fr: 'Clients', en: 'Customers' },
  devices: { fr: 'Appareils', en: 'Devices' },
  repairs: { fr: 'Réparations', en: 'Repairs' },
  technicians: { fr: 'Techniciens', en: 'Technicians' },
  invoices: { fr: 'Factures', en: 'Invoices' },
  payments: { fr: 'Paiements', en: 'Payments' },
  stock: { fr: 'Stock', en: 'Stock' },
  purchaseOrders: { fr: 'Commandes fournisseurs', en: 'Purchase orders' },
  communications: { fr: 'Communications', en: 'Communications' },
  warranties: { fr: 'Garanties', en: 'Warranties' },
  reports: { fr: 'Rapports', en: 'Reports' },
  users: { fr: 'Utilisateurs et rôles', en: 'Users & roles' },
  logs: { fr: "Journal d'actions", en: 'Action log' },
  settings: { fr: "Paramètres de l'atelier", en: 'Shop settings' },
} as const

export type Feature = keyof typeof FEATURES
export const FEATURE_KEYS = Object.keys(FEATURES) as Feature[]

export const ACTIONS = {
  read: { fr: 'Lire', en: 'Read' },
  create: { fr: 'Créer', en: 'Create' },
  update: { fr: 'Modifier', en: 'Update' },
  delete: { fr: 'Supprimer', en: 'Delete' },
} as const

export type Action = keyof typeof ACTIONS
export const ACTION_KEYS = Object.keys(ACTIONS) as Action[]

/** Finer grain than CRUD, used by field-level access and row rules. */
export const CAPABILITIES = {
  'costs.read': { fr: "Voir les coûts d'achat", en: 'See purchase costs' },
  'prices.set': { fr: 'Fixer les prix', en: 'Set prices' },
  'repairs.assign': { fr: 'Assigner les réparations', en: 'Assign repairs' },
  'repairs.all': {
    fr: 'Voir toutes les réparations (pas seulement les siennes)',
    en: 'See all repairs (not only own assignments)',
  },
  'notes.technical': { fr: 'Rédiger des notes techniques', en: 'Write technical notes' },
  'invoices.issue': { fr: 'Émettre les factures', en: 'Issue invoices' },
  'stock.adjust': { fr: 'Ajuster le stock', en: 'Adjust stock' },
  'customers.privacy': {
    fr: 'Exporter et anonymiser les données client (RGPD)',
    en: 'Export and anonymise customer data (GDPR)',
  },
} as const

export type Capability = keyof typeof CAPABILITIES
export const CAPABILITY_KEYS = Object.keys(CAPABILITIES) as Capability[]

export type FeatureGrant = Partial<Record<Action, boolean | null>>

/** The shape a role document has once read from the database. */
export type RolePermissions = {
  permissions?: Partial<Record<Feature, FeatureGrant | null>> | null
  capabilities?: (Capability | string)[] | null
}

/** Does this role allow `action` on `feature`? A missing role allows nothing. */
export function can(
  role: RolePermissions | null | undefined,
  feature: Feature,
  action: Action,
): boolean {
  return role?.permissions?.[feature]?.[action] === true
}

export function hasCapability(
  role: RolePermissions | null | undefined,
  capability: Capability,
): boolean {
  return Boolean(role?.capabilities?.includes(capability))
}

/** Users & roles managers are the administrators the shop must never lose. */
export function managesUsers(role: RolePermissions | null | undefined): boolean {
  return can(role, 'users', 'update')
}

type Matrix = Partial<Record<Feature, Action[]>>

const ALL: Action[] = ['read', 'create', 'update', 'delete']

function grants(matrix: Matrix): Record<Feature, Record<Action, boolean>> {
  const result = {} as Record<Feature, Record<Action, boolean>>
  for (const feature of FEATURE_KEYS) {
    const allowed = matrix[feature] ?? []
    result[feature] = {
      read: allowed.includes('read'),
      create: allowed.includes('create'),
      update: allowed.includes('update'),
      delete: allowed.includes('delete'),
    }
  }
  return result
}

export type DefaultRole = {
  code: 'admin' | 'receptionist' | 'technician'
  name: string
  description: string
  permissions: Record<Feature, Record<Action, boolean>>
  capabilities: Capability[]
}

/** The three roles of MISSION.md, seeded on first start and restorable by an admin. */
export const DEFAULT_ROLES: DefaultRole[] = [
  {
    code: 'admin',
    name: 'Administrateur',
    description:
      'Accès complet : atelier, factures, stock, utilisateurs, rôles, journal et rapports.',
    permissions: grants(Object.fromEntries(FEATURE_KEYS.map((f) => [f, ALL])) as Matrix),
    capabilities: [...CAPABILITY_KEYS],
  },
  {
    code: 'receptionist',
    name: 'Réceptionniste',
    description:
      'Accueil : enregistre clients, appareils et dépôts, établit devis et factures, encaisse à la restitution, gère les communications et suit les réclamations de garantie.',
    permissions: grants({
      customers: ['read', 'create', 'update'],
      devices: ['read', 'create', 'update'],
      repairs: ['read', 'create', 'update'],
      technicians: ['read'],
      invoices: ['read', 'create', 'update'],
      payments: ['read', 'create'],
      // The counter quotes catalogue parts (purchase costs stay hidden: costs.read).
      stock: ['read'],
      communications: ['read', 'create', 'update'],
      warranties: ['read', 'create', 'update'],
    }),
    // The counter quotes a price, dispatches the repair to a technician at intake, and bills
    // and takes the payment at hand-back.
    capabilities: ['repairs.all', 'prices.set', 'repairs.assign', 'invoices.issue'],
  },
  {
    code: 'technician',
    name: 'Technicien',
    description:
      'Atelier : voit les réparations qui lui sont assignées, fait avancer statuts et étapes, ajoute notes techniques et pièces, consulte le stock.',
    permissions: grants({
      devices: ['read', 'update'],
      repairs: ['read', 'update'],
      technicians: ['read'],
      stock: ['read'],
    }),
    capabilities: ['notes.technical'],
  },
]

/** Who sees every technician's figures: reports readers, and whoever assigns the repairs. */
export function seesAllTechnicianFigures(role: RolePermissions | null | undefined): boolean {
  return can(role, 'reports', 'read') || hasCapability(role, 'repairs.assign')
}

/**
 * May this viewer see that technician's figures (`GET /api/technicians/performance`)? A
 * technician sees their own; the endpoint answers anyone else with the viewer's own row.
 */
export function mayReadTechnicianFigures(
  role: RolePermissions | null | undefined,
  viewerId: number | string | null | undefined,
  technicianId: number | string | null | undefined,
): boolean {
  if (!can(role, 'technicians', 'read') || technicianId == null || technicianId === '') return false
  return seesAllTechnicianFigures(role) || String(viewerId) === String(technicianId)
}

/** French message for a refused action, naming the feature and the action. */
/** « Votre rôle ne permet pas d'assigner les réparations » (French elides « de » before a vowel). */
export function capabilityDeniedMessage(doing: string): string {
  const de = /^[aeiouyhàâäéèêëîïôöûüœ]/i.test(doing) ? "d'" : 'de '
  return `Votre rôle ne permet pas ${de}${doing}. Demandez à un administrateur de modifier votre rôle.`
}

export function deniedMessage(feature: Feature, action: Action): string {
  return `Votre rôle ne permet pas l'action « ${ACTIONS[action].fr} » sur « ${FEATURES[feature].fr} ». Demandez à un administrateur de modifier votre rôle.`
}

/**
 * Where a staff member lands on opening the back-office: the counter (may register repairs,
 * does not manage users) on « Nouveau dépôt », a technician who is not at the counter on
 * « Mes réparations », anyone who manages users on the dashboard (null).
 */
export function landingPage(
  role: RolePermissions | null | undefined,
  isTechnician: boolean,
): 'nouveau-depot' | 'mes-reparations' | null {
  if (managesUsers(role)) return null
  if (can(role, 'repairs', 'create')) return 'nouveau-depot'
  if (isTechnician) return 'mes-reparations'
  return null
}
