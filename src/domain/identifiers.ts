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
