/** A Payload label (« Téléphone », or { fr, en }) as the French screen shows it; else `fallback`. */
export function frenchLabel(label: unknown, fallback: string): string {
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object') {
    const values = label as Record<string, unknown>
    const text = values.fr ?? Object.values(values)[0]
    if (typeof text === 'string' && text) return text
  }
  return fallback
}
