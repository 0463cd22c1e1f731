/** Figures as the shop reads them: periods on the Paris calendar, shares as French percentages. */
import { parisParts } from './parisTime'

export const FIGURES_PERIODS = {
  '30j': '30 derniers jours',
  mois: 'Ce mois-ci',
  '12m': '12 derniers mois',
} as const

export type FiguresPeriod = keyof typeof FIGURES_PERIODS

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The days a period covers, as `GET /api/technicians/performance` takes them: `from` its first
 * day, `to` the day after its last (the end is exclusive), 'YYYY-MM-DD' on the Paris calendar.
 * Every period ends with today: the last 30 days are today and the 29 before, the last 12 months
 * start the day after today's date a year ago, this month starts on the 1st.
 */
export function periodRange(period: FiguresPeriod, now: Date): { from: string; to: string } {
  const [y, m, d] = parisParts(now).date.split('-').map(Number) as [number, number, number]
  // Date.UTC carries overflowing days and months over (32 March is 1 April).
  const to = day(Date.UTC(y, m - 1, d + 1))
  if (period === 'mois') return { from: day(Date.UTC(y, m - 1, 1)), to }
  if (period === '12m') return { from: day(Date.UTC(y - 1, m - 1, d + 1)), to }
  return { from: day(Date.UTC(y, m - 1, d - 29)), to }
}

/**
 * `part` of `whole` as a French whole percentage: 5 of 6 → « 83 % ». « 100 % » means all of
 * them and « 0 % » none: 199 of 200 reads « 99 % », 1 of 300 « 1 % ». Nothing counted → « — ».
 */
export function formatShare(part: number, whole: number): string {
  if (!Number.isFinite(whole) || whole <= 0 || !Number.isFinite(part) || part < 0) return '—'
  let percent = Math.round((Math.min(part, whole) / whole) * 100)
  if (percent === 0 && part > 0) percent = 1
  if (percent === 100 && part < whole) percent = 99
  return `${percent}\u202f%`
}
