/** Money is integer cents everywhere; people type and read euros. */

/** « 89,90 », « 89.9 », « 1 234,5 € » → 8990 / 8990 / 123450 ; empty → null ; not a price → NaN. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (cleaned === '') return null
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return Number.NaN
  return Math.round(Number(cleaned) * 100)
}

/** 8990 → « 89,90 » (no currency sign: the label says € TTC / HT). */
export function formatEuros(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || Number.isNaN(cents)) return ''
  return (cents / 100).toFixed(2).replace('.', ',')
}

/**
 * 123456 → « 1 234,56 € », the way Intl fr-FR writes it (narrow no-break space between thousands,
 * no-break space before €), for sentences and documents. Integer arithmetic, so no float drift.
 */
export function formatAmount(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return ''
  const abs = Math.abs(Math.round(cents))
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, '\u202f')
  const rest = String(abs % 100).padStart(2, '0')
  return `${cents < 0 && abs > 0 ? '-' : ''}${euros},${rest}\u00a0€`
}

/** The VAT rates of mainland France, in basis points (2000 = 20 %), as a shop picks them. */
export const VAT_RATES = [2000, 1000, 550, 210, 0] as const

/** 2000 → « 20 % », 550 → « 5,5 % » (rates are stored in basis points). */
export function formatVatRate(basisPoints: number | null | undefined): string {
  if (basisPoints === null || basisPoints === undefined || Number.isNaN(basisPoints)) return ''
  return `${String(basisPoints / 100).replace('.', ',')} %`
}
