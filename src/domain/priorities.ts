/** How urgent a repair is: the one list, its labels and its order (most urgent first). */

export const PRIORITIES = ['urgente', 'haute', 'normale', 'basse'] as const

export type Priority = (typeof PRIORITIES)[number]

export const PRIORITY_LABELS: Record<Priority, { fr: string; en: string }> = {
  urgente: { fr: 'Urgente', en: 'Urgent' },
  haute: { fr: 'Haute', en: 'High' },
  normale: { fr: 'Normale', en: 'Normal' },
  basse: { fr: 'Basse', en: 'Low' },
}

export const DEFAULT_PRIORITY: Priority = 'normale'

/** 1 for the most urgent; an unknown value ranks as « normale ». */
export function priorityRank(priority: string | null | undefined): number {
  const index = PRIORITIES.indexOf(priority as Priority)
  return (index < 0 ? PRIORITIES.indexOf(DEFAULT_PRIORITY) : index) + 1
}
