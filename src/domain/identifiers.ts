/** Check-digit validation for device IMEIs and company SIRETs, to catch typos at entry. */
import { DomainError } from './errors'

/** Spaces and dashes are how these numbers are printed on boxes and invoices. */
const stripSeparators = (value: string): string =>
  typeof value === 'string' ? value.replace(/[\s-]/g, '') : ''

function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

export function isValidImei(value: string): boolean {
  const digits = stripSeparators(value)
  return /^\d{15}$/.test(digits) && luhnValid(digits)
}

export function normaliseImei(value: string): string {
  if (isValidImei(value)) return stripSeparators(value)
  throw new DomainError(
    'invalid_imei',
    `L'IMEI « ${String(value ?? '').trim()} » n'est pas valide : il doit compter 15 chiffres avec une clé de contrôle valide (composez *#06# sur l'appareil pour l'afficher).`,
    { field: 'imei' },
  )
}

const LA_POSTE_SIREN = '356000000'

export function isValidSiret(value: string): boolean {
  const digits = stripSeparators(value)
  if (!/^\d{14}$/.test(digits)) return false
  if (luhnValid(digits)) return true
  // INSEE numbers La Poste's many establishments with a digit-sum-multiple-of-5 rule instead of
  // Luhn (its head office, 35600000000048, still passes Luhn above).
  if (digits.startsWith(LA_POSTE_SIREN)) {
    const sum = [...digits].reduce((acc, d) => acc + Number(d), 0)
    return sum % 5 === 0
  }
  return false
}

export function normaliseSiret(value: string): string {
  if (isValidSiret(value)) return stripSeparators(value)
  throw new DomainError(
    'invalid_siret',
    `Le SIRET « ${String(value ?? '').trim()} » n'est pas valide : il doit compter 14 chiffres avec une clé de contrôle valide (vérifiez-le sur annuaire-entreprises.data.gouv.fr).`,
    { field: 'siret' },
  )
}

/** IBAN: country, check digits (mod 97 = 1, ISO 13616), then the account; printed in fours. */
export function normaliseIban(value: string): string {
  const compact = stripSeparators(String(value ?? '')).toUpperCase()
  const valid =
    /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) &&
    (compact.startsWith('FR') ? compact.length === 27 : true) &&
    mod97(`${compact.slice(4)}${compact.slice(0, 4)}`) === 1
  if (valid) return compact.replace(/(.{4})/g, '$1 ').trim()
  throw new DomainError(
    'invalid_iban',
    `L'IBAN « ${String(value ?? '').trim()} » n'est pas valide : recopiez-le depuis le RIB de la banque (FR76 suivi de 23 caractères pour un compte français).`,
    { field: 'iban' },
  )
}

/** Letters count 10 to 35; the remainder is taken digit by digit (the number is too long). */
function mod97(text: string): number {
  let rest = 0
  for (const char of text) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97
  }
  return rest
}

/**
 * Intra-EU VAT number. French ones (FR + 2-digit key + SIREN) are checked: key = (12 + 3 ×
 * (SIREN mod 97)) mod 97. Other member states' are checked for shape only.
 */
export function normaliseVatNumber(value: string): string {
  const compact = stripSeparators(String(value ?? ''))
    .replace(/\./g, '')
    .toUpperCase()
  const french = /^FR(\d{2})(\d{9})$/.exec(compact)
  const valid = french
    ? Number(french[1]) === (12 + 3 * (Number(french[2]) % 97)) % 97
    : /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)[A-Z0-9]{8,12}$/.test(
        compact,
      )
  if (valid) return compact
  throw new DomainError(
    'invalid_vat_number',
    `Le numéro de TVA intracommunautaire « ${String(value ?? '').trim()} » n'est pas valide : en France, FR, une clé de 2 chiffres et le SIREN (ex. FR 40 303 265 045).`,
    { field: 'vatNumber' },
  )
}
