import type { CollectionBeforeOperationHook, FieldAccess, Where } from 'payload'

/** Does this condition (or anything nested in it) look at `field` or through it? */
function touches(where: Where, field: string): boolean {
  return Object.entries(where).some(([key, condition]) =>
    (key === 'and' || key === 'or') && Array.isArray(condition)
      ? condition.some((nested) => touches(nested as Where, field))
      : key === field || key.startsWith(`${field}.`),
  )
}

/**
 * Drops, from every « or », the alternatives that look at `field` — when at least one other
 * alternative is left. An « or » only narrows when an alternative goes, so the answer never
 * depends on the hidden value; an « and » (or an « or » of nothing else) is left for Payload to
 * refuse as usual.
 */
export function withoutField(where: Where, field: string): Where {
  let changed = false
  const result: Where = {}
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      let nested = condition.map((c) => withoutField(c as Where, field))
      if (key === 'or') {
        const kept = nested.filter((c) => !touches(c, field))
        if (kept.length > 0 && kept.length < nested.length) nested = kept
      }
      if (nested.length !== condition.length || nested.some((c, i) => c !== condition[i]))
        changed = true
      result[key] = nested
    } else result[key] = condition
  }
  return changed ? result : where
}

/**
 * One list search for everyone: the repairs list searches the customer's name and phone too,
 * but a role that may not see the customer (a technician) searches the rest without an error.
 */
export function searchWithinReach(
  field: string,
  mayRead: FieldAccess,
): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'read' && operation !== 'count') return args
    const input = args as { where?: Where }
    if (!input.where || typeof input.where !== 'object' || !touches(input.where, field)) return args
    if (await mayRead({ req } as Parameters<FieldAccess>[0])) return args
    input.where = withoutField(input.where, field)
    return args
  }
}
