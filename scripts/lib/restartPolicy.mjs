// When the app process dies, restart it after a growing pause, or give up when it keeps crashing.
// Pure: the supervisor (runtime.mjs) keeps the crash times and the clock.

export const RESTART_DEFAULTS = {
  max: 5,
  windowMs: 10 * 60_000,
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
}

/**
 * `crashes`: times (ms) of the app's crashes, the one that just happened included; `now`: the
 * current time. Crashes older than the window are forgotten. Reaching `max` crashes within the
 * window gives up; otherwise the pause doubles with each recent crash (1 s, 2 s, 4 s…), capped.
 *
 * @param {number[]} crashes
 * @param {number} now
 * @param {{ max?: number, windowMs?: number, firstDelayMs?: number, maxDelayMs?: number }} [limits]
 * @returns {{ action: 'restart', delayMs: number, attempt: number, recent: number[] } | { action: 'give-up', attempt: number, recent: number[] }}
 */
export function nextRestart(crashes, now, limits = {}) {
  const { max, windowMs, firstDelayMs, maxDelayMs } = { ...RESTART_DEFAULTS, ...limits }
  const recent = crashes.filter((t) => now - t < windowMs)
  const attempt = recent.length
  if (attempt >= max) return { action: 'give-up', attempt, recent }
  const delayMs = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempt - 1))
  return { action: 'restart', delayMs, attempt, recent }
}
