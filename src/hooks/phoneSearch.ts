import type { CollectionBeforeOperationHook, Where } from 'payload'

import { phoneSearchForm } from '../domain/phone'
import { fieldsAlong } from './validateInput'

const TEXT_SEARCH = new Set(['like', 'contains'])

/**
 * Phone numbers are stored in E.164 (« +33645127890 »); people type « 06 45 12… ». A text search
 * on a phone field (`custom.phone`, through relationships too) also looks for the E.164 form.
 */
function widen(
  payload: Parameters<typeof fieldsAlong>[0],
  fields: Parameters<typeof fieldsAlong>[1],
  where: Where,
): Where {
  let changed = false
  const parts: Where[] = []
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      const widened = condition.map((nested) => widen(payload, fields, nested as Where))
      if (widened.some((w, index) => w !== condition[index])) changed = true
      parts.push({ [key]: widened })
      continue
    }
    const alternatives: Where[] = [{ [key]: condition }]
    const last =
      condition && typeof condition === 'object'
        ? fieldsAlong(payload, fields, key).at(-1)
        : undefined
    if ((last?.custom as { phone?: boolean } | undefined)?.phone) {
      for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
        const form =
          TEXT_SEARCH.has(operator) && typeof value === 'string' ? phoneSearchForm(value) : null
        if (form) alternatives.push({ [key]: { [operator]: form } })
      }
    }
    if (alternatives.length > 1) changed = true
    parts.push(alternatives.length > 1 ? { or: alternatives } : alternatives[0]!)
  }
  // Each condition keeps its place in the implicit « and » of its level.
  return changed ? { and: parts } : where
}

export const widenPhoneSearch: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const input = args as { where?: Where }
  if (input.where && typeof input.where === 'object') {
    input.where = widen(req.payload, collection.flattenedFields, input.where)
  }
  return args
}

/**
 * Puts the widened phone search first among the collection's own hooks; `withInputChecks`,
 * applied over it, puts its checks before, so they see the search as typed.
 */
export function withPhoneSearch<
  T extends { hooks?: { beforeOperation?: CollectionBeforeOperationHook[] } },
>(collection: T): T {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [widenPhoneSearch, ...(hooks.beforeOperation ?? [])] },
  }
}
