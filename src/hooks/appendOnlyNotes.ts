import type { PayloadRequest } from 'payload'

type Note = { id?: string | null; author?: unknown; at?: string | null; [key: string]: unknown }

/**
 * Notes are append-only: notes already saved are kept as they were (a technician cannot rewrite
 * or delete history), new ones are stamped with their author and time (imports keep their own).
 */
export function appendNotes(
  incoming: Note[] | null | undefined,
  existing: Note[] | null | undefined,
  req: PayloadRequest,
  now = new Date(),
  { keepStamps = false }: { keepStamps?: boolean } = {},
): Note[] | undefined {
  if (incoming === undefined) return undefined
  const saved = existing ?? []
  const savedIds = new Set(saved.map((n) => n.id))
  const added = (incoming ?? [])
    .filter((n) => !n.id || !savedIds.has(n.id))
    .map((n) =>
      keepStamps && n.at
        ? n
        : {
            ...n,
            author: req.user?.collection === 'users' ? req.user.id : null,
            at: now.toISOString(),
          },
    )
  return [...saved, ...added]
}

export function newNotes(
  after: Note[] | null | undefined,
  before: Note[] | null | undefined,
): Note[] {
  const ids = new Set((before ?? []).map((n) => n.id))
  return (after ?? []).filter((n) => !ids.has(n.id))
}
