/** Seeded randomness for the demo data, so every demo database holds the same shop. */

export type Rng = {
  /** Float in [0, 1). */
  next: () => number
  /** Integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** Float in [min, max). */
  between: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Picks by weight: `weighted([['a', 3], ['b', 1]])`. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T
  shuffle: <T>(items: readonly T[]) => T[]
  digits: (count: number) => string
}

/** mulberry32: tiny, fast and good enough for sample data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return entries[entries.length - 1]![0]
    },
    shuffle: (items) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy
    },
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
  }
}

/** The digit that makes `body + digit` pass the Luhn check (IMEI, SIREN, SIRET). */
export function luhnCheckDigit(body: string): string {
  let sum = 0
  // Walking from the right of the final number: the check digit is position 0, so the body's
  // last digit (position 1) is doubled.
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}

/** 15 digits: the model's 8-digit type allocation code, a 6-digit serial and the Luhn digit. */
export function makeImei(rng: Rng, tac: string): string {
  const body = tac + rng.digits(6)
  return body + luhnCheckDigit(body)
}

/** A SIRET whose SIREN (9 digits) and whole 14 digits both pass Luhn, like real ones. */
export function makeSiret(rng: Rng): string {
  const sirenBody = String(rng.int(3, 9)) + rng.digits(7)
  const siren = sirenBody + luhnCheckDigit(sirenBody)
  const nicBody = `000${rng.int(1, 4)}`
  const body = siren + nicBody
  return body + luhnCheckDigit(body)
}

const SERIAL_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'

/** Upper-case serial number with a fixed prefix, without the letters people misread (I, O). */
export function makeSerial(rng: Rng, prefix: string, length: number): string {
  let serial = prefix
  while (serial.length < length) serial += SERIAL_CHARS[rng.int(0, SERIAL_CHARS.length - 1)]
  return serial
}

/** 'Élodie' → 'elodie', for e-mail addresses. */
export function asciiSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
