/**
 * A relationship value arrives as an id or, when populated, as the document: its id either way.
 * (Payload populates relations in hooks and reads depending on depth.)
 */
export function idOf(value: unknown): number {
  return value && typeof value === 'object' ? (value as { id: number }).id : (value as number)
}
