import { describe, expect, it } from 'vitest'

import { nextRestart } from '../../scripts/lib/restartPolicy.mjs'

const s = 1000
const min = 60 * s
const now = 100 * min

describe('restart policy of the app process', () => {
  it('restarts after 1 s on the first crash', () => {
    expect(nextRestart([now], now)).toMatchObject({ action: 'restart', delayMs: 1 * s, attempt: 1 })
  })

  it('doubles the pause with each recent crash: 2 s, 4 s, 8 s', () => {
    expect(nextRestart([now - 3 * s, now], now)).toMatchObject({
      action: 'restart',
      delayMs: 2 * s,
      attempt: 2,
    })
    expect(nextRestart([now - 9 * s, now - 6 * s, now], now)).toMatchObject({
      action: 'restart',
      delayMs: 4 * s,
      attempt: 3,
    })
    expect(nextRestart([now - 20 * s, now - 15 * s, now - 9 * s, now], now)).toMatchObject({
      delayMs: 8 * s,
      attempt: 4,
    })
  })

  it('never waits more than 30 s', () => {
    const crashes = Array.from({ length: 9 }, (_, i) => now - i * s)
    expect(nextRestart(crashes, now, { max: 20 })).toMatchObject({
      action: 'restart',
      delayMs: 30 * s,
      attempt: 9,
    })
  })

  it('gives up on the 5th crash within 10 minutes', () => {
    const crashes = [now - 9 * min, now - 6 * min, now - 3 * min, now - 1 * min, now]
    expect(nextRestart(crashes, now)).toMatchObject({ action: 'give-up', attempt: 5 })
  })

  it('forgets crashes older than 10 minutes (budget and pause start again)', () => {
    const crashes = [
      now - 40 * min,
      now - 30 * min,
      now - 20 * min,
      now - 11 * min,
      now - 10 * min,
      now,
    ]
    const decision = nextRestart(crashes, now)
    expect(decision).toMatchObject({ action: 'restart', delayMs: 1 * s, attempt: 1 })
    expect(decision.recent).toEqual([now])
  })

  it('honours a lower crash budget', () => {
    expect(nextRestart([now], now, { max: 2 }).action).toBe('restart')
    expect(nextRestart([now - s, now], now, { max: 2 }).action).toBe('give-up')
  })
})
