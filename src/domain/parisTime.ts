/** Wall-clock reading in Europe/Paris, where the shop is, whatever the server time zone. */

export const SHOP_TIME_ZONE = 'Europe/Paris'

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SHOP_TIME_ZONE,
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const WEEKDAYS: Record<string, 1 | 2 | 3 | 4 | 5 | 6 | 7> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
}

export type ParisParts = {
  /** ISO weekday, 1 = Monday. */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7
  /** 'YYYY-MM-DD' */
  date: string
  /** 'HH:MM' */
  time: string
}

export function parisParts(at: Date): ParisParts {
  const p: Record<string, string> = {}
  for (const part of partsFormatter.formatToParts(at)) p[part.type] = part.value
  return {
    weekday: WEEKDAYS[p.weekday] ?? 1,
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${p.hour}:${p.minute}`,
  }
}

const MINUTE_MS = 60_000

/** Paris wall-clock time of `at`, expressed as if it were UTC (ms). */
export function parisWallMs(at: Date): number {
  const { date, time } = parisParts(at)
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  // Paris offsets are whole minutes, so seconds and milliseconds are the same as in UTC.
  return Date.UTC(y, m - 1, d, hh, mm) + (((at.getTime() % MINUTE_MS) + MINUTE_MS) % MINUTE_MS)
}

/** The instant whose Paris wall-clock reading is `wallMs` (nearest one across a DST change). */
export function fromParisWall(wallMs: number, hint: Date): Date {
  let t = wallMs - (parisWallMs(hint) - hint.getTime())
  for (let i = 0; i < 2; i++) {
    const offset = parisWallMs(new Date(t)) - t
    t = wallMs - offset
  }
  return new Date(t)
}

/** 'YYYY-MM-DD' → the instant that day starts in Paris; null when it is no such day. */
export function parisDayStart(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number]
  const wall = Date.UTC(y, m - 1, d)
  if (new Date(wall).getUTCDate() !== d || new Date(wall).getUTCMonth() !== m - 1) return null
  return fromParisWall(wall, new Date(wall))
}

/** The year references are numbered in (R-2026-…, CF-2026-…): the year in Paris at `now`. */
export function referenceYear(now: Date): number {
  return Number(parisParts(now).date.slice(0, 4))
}

/** 'jj/mm/aaaa' as read in Paris. */
export function formatParisDate(at: Date): string {
  const [y, m, d] = parisParts(at).date.split('-')
  return `${d}/${m}/${y}`
}

export function toDate(value: string | Date | null | undefined): Date | null {
  if (value == null || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
