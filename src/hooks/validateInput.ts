import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  Payload,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { ValidationError } from 'payload'

import { RefusedError } from '../http/httpError'
import { frenchLabel } from '../domain/labels'

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

const labelOf = (field: FlattenedField): string =>
  frenchLabel('label' in field ? field.label : undefined, field.name)

const segmentsOf = (path: string) => path.replace(/__/g, '.').split('.')

/** The fields a where or sort path goes through, following groups, arrays, relationships and joins. */
export function fieldsAlong(
  payload: Payload,
  fields: FlattenedField[],
  path: string,
): FlattenedField[] {
  let current = fields
  const along: FlattenedField[] = []
  for (const segment of segmentsOf(path)) {
    const found = current.find((f) => f.name === segment)
    if (!found) return along
    along.push(found)
    if ('flattenedFields' in found) current = found.flattenedFields
    else if (
      (found.type === 'relationship' || found.type === 'upload') &&
      typeof found.relationTo === 'string'
    ) {
      current = payload.collections[found.relationTo]?.config.flattenedFields ?? []
    } else if (found.type === 'join' && typeof found.collection === 'string') {
      current = payload.collections[found.collection]?.config.flattenedFields ?? []
    } else current = []
  }
  return along
}

/**
 * A field computed on read (`virtual: true`) has no column: refuse any path through it, not only
 * the last segment, before the database is asked about it.
 */
function refuseComputed(path: string, along: FlattenedField[]) {
  const computed = along.find((f) => 'virtual' in f && f.virtual === true)
  if (computed)
    refuse(
      path,
      `« ${labelOf(computed)} » (${path}) est calculé à la lecture : on ne peut ni filtrer ni trier dessus.`,
    )
}

const OPTION_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const COMPARE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const isDate = (v: unknown) =>
  (typeof v === 'string' || typeof v === 'number' || v instanceof Date) &&
  !Number.isNaN(new Date(v as string).getTime())
const isNumber = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))

function refuse(path: string, message: string): never {
  throw new RefusedError(message, 400, { field: path })
}

function checkCondition(
  payload: Payload,
  fields: FlattenedField[],
  path: string,
  operator: string,
  value: unknown,
) {
  if (nulPath(value))
    refuse(path, `Le filtre « ${path} » contient un caractère nul (\\u0000) : retirez-le.`)
  const along = fieldsAlong(payload, fields, path)
  refuseComputed(path, along)
  const field = along.length === segmentsOf(path).length ? along.at(-1) : undefined
  if (!field) return // Payload refuses unknown paths itself
  const label = labelOf(field)
  if (GEO_OPERATORS.has(operator) && field.type !== 'point') {
    refuse(
      path,
      `Le filtre « ${operator} » ne s'applique qu'aux coordonnées ; « ${label} » (${path}) n'en est pas.`,
    )
  }
  if (field.type === 'richText' || field.type === 'json') {
    if (operator !== 'exists')
      refuse(
        path,
        `« ${label} » (${path}) est un texte mis en forme : on ne peut le filtrer que par « exists ».`,
      )
  }
  if ((field.type === 'select' || field.type === 'radio') && OPTION_OPERATORS.has(operator)) {
    const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value))
    const values = (
      Array.isArray(value)
        ? value
        : typeof value === 'string' && operator.endsWith('in')
          ? value.split(',')
          : [value]
    ).filter((v) => v !== null && v !== 'null')
    const wrong = values.find((v) => typeof v !== 'string' || !allowed.includes(v))
    if (wrong !== undefined) {
      refuse(
        path,
        `Le filtre « ${label} » (${path}) vaut « ${String(wrong)} » : valeurs possibles ${allowed.map((v) => `« ${v} »`).join(', ')}.`,
      )
    }
  }
  if ((field.type === 'date' || field.type === 'number') && COMPARE_OPERATORS.has(operator)) {
    const values = Array.isArray(value)
      ? value
      : typeof value === 'string' && operator.endsWith('in')
        ? value.split(',')
        : [value]
    const wrong = values.find(
      (v) =>
        v !== null &&
        v !== 'null' &&
        v !== '' &&
        !(field.type === 'date' ? isDate(v) : isNumber(v)),
    )
    if (wrong !== undefined) {
      const expected =
        field.type === 'date'
          ? 'une date (par exemple 2026-12-03 ou 2026-12-03T14:30:00Z)'
          : 'un nombre (par exemple 12 ou 12.5)'
      refuse(
        path,
        `Le filtre « ${label} » (${path}) vaut « ${String(wrong)} » : il attend ${expected}.`,
      )
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
      for (const nested of condition)
        if (nested && typeof nested === 'object') checkWhere(payload, collection, nested as Where)
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      checkCondition(payload, collection.flattenedFields, key, operator, value)
    }
  }
}

/** Sort paths (`-a,b` or a list), checked like filters: no NUL character, nothing computed on read. */
export function checkSort(payload: Payload, collection: SanitizedCollectionConfig, sort: unknown) {
  const paths = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.trim().replace(/^-/, ''))
  for (const path of paths) {
    if (nulPath(path)) refuse('sort', 'Le tri contient un caractère nul (\\u0000) : retirez-le.')
    refuseComputed(path, fieldsAlong(payload, collection.flattenedFields, path))
  }
}

type JoinsArg = Record<string, false | { where?: Where; sort?: unknown } | undefined>

/** The `joins` argument filters and sorts the joined collections: the same checks apply there. */
function checkJoins(payload: Payload, collection: SanitizedCollectionConfig, joins: JoinsArg) {
  for (const [slug, list] of Object.entries(collection.joins ?? {})) {
    const joined = payload.collections[slug as keyof typeof payload.collections]?.config
    if (!joined) continue
    for (const join of list) {
      const query = joins[join.joinPath]
      if (!query || typeof query !== 'object') continue
      if (query.where && typeof query.where === 'object') checkWhere(payload, joined, query.where)
      if (query.sort) checkSort(payload, joined, query.sort)
    }
  }
}

/**
 * Bad input is the caller's error, not the server's: text with a NUL character anywhere in the
 * body, filters that the database could not even compare, and filters or sorts on fields computed
 * on read, get a 400 naming the field.
 */
export const refuseUnusableInput: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const input = args as {
    data?: unknown
    where?: Where
    sort?: unknown
    joins?: unknown
    token?: unknown
  }
  const path = nulPath(input.data) ?? (nulPath(input.token) ? 'token' : null)
  if (path) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path,
            message: 'Ce texte contient un caractère nul (\\u0000) : retirez-le et renvoyez.',
          },
        ],
      },
      req.t,
    )
  }
  if (input.where && typeof input.where === 'object')
    checkWhere(req.payload, collection, input.where)
  if (input.sort) checkSort(req.payload, collection, input.sort)
  if (input.joins && typeof input.joins === 'object')
    checkJoins(req.payload, collection, input.joins as JoinsArg)
  return args
}

/** Adds the input checks to a collection, first of its beforeOperation hooks. */
export function withInputChecks<
  T extends { hooks?: { beforeOperation?: CollectionBeforeOperationHook[] } },
>(collection: T): T {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [refuseUnusableInput, ...(hooks.beforeOperation ?? [])] },
  }
}
