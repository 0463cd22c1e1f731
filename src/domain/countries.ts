/**
 * Countries a French shop's customers and suppliers live in, stored as ISO 3166 codes (« FR »)
 * and shown by their French name (« France »). France first, then by name.
 */
export const COUNTRY_CODES = [
  'FR',
  'BE',
  'CH',
  'LU',
  'MC',
  'DE',
  'ES',
  'IT',
  'PT',
  'NL',
  'GB',
  'IE',
  'AT',
  'DK',
  'SE',
  'FI',
  'NO',
  'PL',
  'CZ',
  'RO',
  'GR',
  'AD',
  'MA',
  'DZ',
  'TN',
  'SN',
  'CI',
  'CM',
  'MG',
  'US',
  'CA',
  'CN',
  'JP',
  'TR',
] as const

const names = new Intl.DisplayNames(['fr'], { type: 'region' })

/** « France » for « FR »; the code itself when it is not a country. */
export function countryName(code: string | null | undefined): string {
  if (!code) return ''
  try {
    return names.of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/** Select options, France first then alphabetical in French; a stored code off the list kept. */
export function countryOptions(current?: string | null): { value: string; label: string }[] {
  const codes: string[] = [...COUNTRY_CODES]
  if (current && !codes.includes(current.toUpperCase())) codes.push(current.toUpperCase())
  const [first, ...rest] = codes.map((value) => ({ value, label: countryName(value) }))
  rest.sort((a, b) => a.label.localeCompare(b.label, 'fr'))
  return [first!, ...rest]
}
