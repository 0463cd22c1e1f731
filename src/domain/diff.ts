/** Field-by-field changes between two versions of a document, for the action log. */

export type FieldChange = { field: string; before: unknown; after: unknown }

const IGNORED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'password',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'apiKey',
  'apiKeyIndex',
])

/** Secrets kept on a document (a device's unlock code): the log says they changed, never to what. */
const SECRET = new Set(['unlockCode'])
export const SECRET_VALUE = '•••• (masqué)'
const masked = (value: unknown) => (value === null || value === '' ? null : SECRET_VALUE)

/** Relationship values may arrive populated: compare and record their ids only. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(record).sort()) {
      if (IGNORED.has(key)) continue
      out[key] = normalise(record[key])
    }
    return out
  }
  return value === undefined ? null : value
}

/** `skip`: fields that are not the document's own data (join fields listing other documents). */
export function diffDocuments(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  skip: ReadonlySet<string> = new Set(),
): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: FieldChange[] = []
  for (const field of [...keys].sort()) {
    if (IGNORED.has(field) || skip.has(field)) continue
    const b = normalise(before?.[field])
    const a = normalise(after?.[field])
    if (JSON.stringify(b) === JSON.stringify(a)) continue
    changes.push(
      SECRET.has(field)
        ? { field, before: masked(b), after: masked(a) }
        : { field, before: b, after: a },
    )
  }
  return changes
}

/** A recorded value as the journal shows it: « — » for nothing, Oui/Non, text, or short JSON. */
export function describeValue(value: unknown, max = 160): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non'
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  const json = JSON.stringify(value)
  return json.length > max ? `${json.slice(0, max - 1)}…` : json
}
