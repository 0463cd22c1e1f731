/** Shop-hours clock for the demo repairs: every stamp falls Monday–Saturday, 9 h – 18 h 30 (Paris). */
import type { Rng } from './random'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

// In UTC, close enough to Paris opening hours summer and winter alike.
const OPEN = 8 * 60
const CLOSE = 17 * 60 + 30

/** Stamps are whole minutes, as people would note them. */
export const toMinute = (at: Date | number) =>
  new Date(Math.floor(new Date(at).getTime() / MINUTE) * MINUTE)

const minutesOf = (d: Date) => d.getUTCHours() * 60 + d.getUTCMinutes()
const atMinutes = (d: Date, minutes: number) => {
  const copy = new Date(d)
  copy.setUTCHours(0, minutes, 0, 0)
  return copy
}

/** The same instant if the shop is open, else shortly after the next opening. */
export function snapForward(at: Date | number, rng: Rng): Date {
  let d = toMinute(at)
  const m = minutesOf(d)
  if (d.getUTCDay() !== 0 && m >= OPEN && m < CLOSE) return d
  if (m >= CLOSE) d = new Date(d.getTime() + DAY)
  d = atMinutes(d, OPEN + rng.int(2, 75))
  if (d.getUTCDay() === 0) d = new Date(d.getTime() + DAY)
  return d
}

/** The same instant if the shop is open, else shortly before the previous closing. */
export function snapBack(at: Date | number, rng: Rng): Date {
  let d = toMinute(at)
  const m = minutesOf(d)
  if (d.getUTCDay() !== 0 && m >= OPEN && m < CLOSE) return d
  if (m < OPEN) d = new Date(d.getTime() - DAY)
  d = atMinutes(d, CLOSE - rng.int(1, 75))
  if (d.getUTCDay() === 0) d = new Date(d.getTime() - DAY)
  return d
}

/** Promised dates are given for the end of an opening day. */
export function endOfDay(at: Date | number): Date {
  let d = atMinutes(new Date(at), 17 * 60)
  if (d.getUTCDay() === 0) d = new Date(d.getTime() + DAY)
  return d
}
