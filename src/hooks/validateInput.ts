import type { CollectionBeforeOperationHook, FlattenedField, Payload, SanitizedCollectionConfig, Where } from 'payload'

import { ValidationError } from 'payload'

import { RefusedError } from '../operations/httpError'

const NUL = '\u0000'

/** Dotted path of the first string under `value` that holds a NUL character (Postgres refuses them). */
export function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') || 'valeur' : null
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, [...path, String(index)])
      if (found) return found
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, [...path, key])
      if (found) return found
    }
  }
  return null
}

function labelOf(field: FlattenedField): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return String((label as Record<string, string>).fr ?? Object.values(label)[0] ?? field.name)
  return field.name
}

/** The field a where path names, following groups, arrays, relationships and joins. */
function fieldAt(payload: Payload, fields: FlattenedField[], path: string): FlattenedField | undefined {
  let current = fields
  let found: FlattenedField | undefined
  for (const segment of path.replace(/__/g, '.').split('.')) {
    found = current.find((f) => f.name === segment)
    if (!found) return undefined
    if ('flattenedFields' in found) current = found.flattenedFields
    else if ((found.type === 'relationship' || found.type === 'upload') && typeof found.relationTo === 'string') {
      current = payload.collections[found.relationTo]?.config.flattenedFields ?? []
    } else if (found.type === 'join' && typeof found.collection === 'string') {
      current = payload.collections[found.collection]?.config.flattenedFields ?? []
    } else current = []
  }
  return found
}

const OPTION_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const COMPARE_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const isDate = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || v instanceof Date) && !Number.isNaN(new Date(v as string).getTime())
const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))

function refuse(path: string, message: string): never {
  throw new RefusedError(message, 400, { field: path })
}

function checkCondition(payload: Payload, fields: FlattenedField[], path: string, operator: string, value: unknown) {
  if (nulPath(value)) refuse(path, `Le filtre « ${path} » contient un caractère nul (\\u0000) : retirez-le.`)
  const field = fieldAt(payload, fields, path)
  if (!field) return // Payload refuses unknown paths itself
  const label = labelOf(field)
  if (GEO_OPERATORS.has(operator) && field.type !== 'point') {
    refuse(path, `Le filtre « ${operator} » ne s'applique qu'aux coordonnées ; « ${label} » (${path}) n'en est pas.`)
  }
  if (field.type === 'richText' || field.type === 'json') {
    if (operator !== 'exists') refuse(path, `« ${label} » (${path}) est un texte mis en forme : on ne peut le filtrer que par « exists ».`)
  }
  if ((field.type === 'select' || field.type === 'radio') && OPTION_OPERATORS.has(operator)) {
    const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value))
    const values = (Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]).filter(
      (v) => v !== null && v !== 'null',
    )
    const wrong = values.find((v) => typeof v !== 'string' || !allowed.includes(v))
    if (wrong !== undefined) {
      refuse(path, `Le filtre « ${label} » (${path}) vaut « ${String(wrong)} » : valeurs possibles ${allowed.map((v) => `« ${v} »`).join(', ')}.`)
    }
  }
  if ((field.type === 'date' || field.type === 'number') && COMPARE_OPERATORS.has(operator)) {
    const values = Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]
    const wrong = values.find((v) => v !== null && v !== 'null' && v !== '' && !(field.type === 'date' ? isDate(v) : isNumber(v)))
    if (wrong !== undefined) {
      const expected = field.type === 'date' ? 'une date (par exemple 2026-12-03 ou 2026-12-03T14:30:00Z)' : 'un nombre (par exemple 12 ou 12.5)'
      refuse(path, `Le filtre « ${label} » (${path}) vaut « ${String(wrong)} » : il attend ${expected}.`)
    }
  }
  if (TEXT_OPERATORS.has(operator) && value !== null && typeof value === 'object') {
    refuse(path, `Le filtre « ${operator} » sur « ${label} » (${path}) attend un texte.`)
  }
}

/** Walks a where tree and refuses, in French and naming the field, what Postgres would choke on. */
export function checkWhere(payload: Payload, collection: SanitizedCollectionConfig, where: Where) {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) if (nested && typeof nested === 'object') checkWhere(payload, collection, nested as Where)
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      checkCondition(payload, collection.flattenedFields, key, operator, value)
    }
  }
}

/**
 * Bad input is the caller's error, not the server's: text with a NUL character anywhere in the
 * body, and filters that the database could not even compare, get a 400 naming the field.
 */
export const refuseUnusableInput: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const input = args as { data?: unknown; where?: Where; token?: unknown }
  const path = nulPath(input.data) ?? (nulPath(input.token) ? 'token' : null)
  if (path) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path, message: 'Ce texte contient un caractère nul (\\u0000) : retirez-le et renvoyez.' }] },
      req.t,
    )
  }
  if (input.where && typeof input.where === 'object') checkWhere(req.payload, collection, input.where)
  return args
}

/** Adds the input checks to a collection, first of its beforeOperation hooks. */
export function withInputChecks<T extends { hooks?: { beforeOperation?: CollectionBeforeOperationHook[] } }>(collection: T): T {
  const hooks = collection.hooks ?? {}
  return { ...collection, hooks: { ...hooks, beforeOperation: [refuseUnusableInput, ...(hooks.beforeOperation ?? [])] } }
}
