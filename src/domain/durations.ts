/** A duration as a shop says it: « 2 j 4 h », « 3 h 15 min », « 12 min », « moins d'une minute ». */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds) || seconds < 0) return ''
  const minutes = Math.floor(seconds / 60)
  if (minutes < 1) return seconds === 0 ? '0 min' : "moins d'une minute"
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days > 0) return hours > 0 ? `${days} j ${hours} h` : `${days} j`
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`
  return `${rest} min`
}
