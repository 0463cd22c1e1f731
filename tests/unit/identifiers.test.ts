import { describe, expect, it } from 'vitest'

import {
  isValidImei,
  isValidSiret,
  normaliseIban,
  normaliseImei,
  normaliseSiret,
  normaliseVatNumber,
} from '../../src/domain/identifiers'
import { caught } from '../helpers/domain'

describe('IMEI', () => {
  it('accepts a real IMEI', () => {
    expect(isValidImei('490154203237518')).toBe(true)
  })
  it('ignores spaces and dashes', () => {
    expect(isValidImei('49-015420-323751-8')).toBe(true)
    expect(isValidImei('49 015420 323751 8')).toBe(true)
  })
  it('refuses a wrong check digit', () => {
    expect(isValidImei('490154203237517')).toBe(false)
  })
  it('refuses 14 digits', () => {
    expect(isValidImei('49015420323751')).toBe(false)
  })
  it('refuses 16 digits even if the Luhn sum works out', () => {
    // 0 prepended keeps the Luhn sum but breaks the length.
    expect(isValidImei('0490154203237518')).toBe(false)
  })
  it('refuses letters', () => {
    expect(isValidImei('49015420323751A')).toBe(false)
  })
  it('normalises to digits only', () => {
    expect(normaliseImei(' 49-015420-323751-8 ')).toBe('490154203237518')
  })
  it('explains a refused IMEI in French', () => {
    const error = caught(() => normaliseImei('490154203237517'))
    expect(error.code).toBe('invalid_imei')
    expect(error.field).toBe('imei')
    expect(error.message).toContain('« 490154203237517 »')
    expect(error.message).toContain('15 chiffres')
    expect(error.message).toContain('clé de contrôle')
  })
})

describe('SIRET', () => {
  it('accepts a real SIRET', () => {
    expect(isValidSiret('73282932000074')).toBe(true)
  })
  it('ignores the usual spaces', () => {
    expect(isValidSiret('732 829 320 00074')).toBe(true)
  })
  it('refuses a wrong check digit', () => {
    expect(isValidSiret('73282932000075')).toBe(false)
  })
  it('refuses 13 digits', () => {
    expect(isValidSiret('7328293200007')).toBe(false)
  })
  it('accepts a La Poste establishment whose digit sum is a multiple of 5 (fails Luhn)', () => {
    expect(isValidSiret('35600000049837')).toBe(true)
  })
  it('accepts La Poste head office, which passes Luhn', () => {
    expect(isValidSiret('35600000000048')).toBe(true)
  })
  it('refuses a La Poste number whose digit sum is not a multiple of 5', () => {
    expect(isValidSiret('35600000049838')).toBe(false)
  })
  it('does not extend the multiple-of-5 rule to other companies', () => {
    // Digit sum 45, Luhn fails.
    expect(isValidSiret('73282932000072')).toBe(false)
  })
  it('normalises to digits only', () => {
    expect(normaliseSiret('732 829 320 00074')).toBe('73282932000074')
  })
  it('explains a refused SIRET in French', () => {
    const error = caught(() => normaliseSiret('123'))
    expect(error.code).toBe('invalid_siret')
    expect(error.field).toBe('siret')
    expect(error.message).toContain('« 123 »')
    expect(error.message).toContain('14 chiffres')
  })
})

describe('IBAN', () => {
  it('accepts a French IBAN typed any way and prints it in groups of four', () => {
    expect(normaliseIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189')
    expect(normaliseIban(' FR76 3000-6000 0112 3456 7890 189 ')).toBe(
      'FR76 3000 6000 0112 3456 7890 189',
    )
  })
  it('accepts another country of the SEPA area', () => {
    expect(normaliseIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00')
  })
  it('refuses a wrong check digit, naming the field', () => {
    const error = caught(() => normaliseIban('FR7630006000011234567890180'))
    expect(error.message).toMatch(/IBAN « FR7630006000011234567890180 » n'est pas valide/)
    expect(error.field).toBe('iban')
  })
  it('refuses a French IBAN of the wrong length', () => {
    expect(() => normaliseIban('FR763000600001123456789018')).toThrow(/n'est pas valide/)
  })
})

describe('intra-EU VAT number', () => {
  it('accepts a French number whose key matches the SIREN, with spaces or dots', () => {
    expect(normaliseVatNumber('FR 40 303 265 045')).toBe('FR40303265045')
    expect(normaliseVatNumber('fr40.303.265.045')).toBe('FR40303265045')
  })
  it('refuses a French number whose key does not match', () => {
    const error = caught(() => normaliseVatNumber('FR41303265045'))
    expect(error.code).toBe('invalid_vat_number')
    expect(error.field).toBe('vatNumber')
  })
  it('accepts another member state by shape, refuses an unknown prefix', () => {
    expect(normaliseVatNumber('DE 123456789')).toBe('DE123456789')
    expect(() => normaliseVatNumber('US123456789')).toThrow(/n'est pas valide/)
  })
})
