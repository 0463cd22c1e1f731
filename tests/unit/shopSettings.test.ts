import { describe, expect, it } from 'vitest'

import { resolveShopSettings } from '../../src/domain/shopSettings'

describe('resolveShopSettings', () => {
  it('prints what the admin saved: trade name first, address on one line, phone as read', () => {
    const s = resolveShopSettings(
      {
        legalName: 'Répar’Lyon SARL',
        tradeName: 'Répar’Lyon',
        address: {
          street: '3 quai Saint-Vincent',
          postalCode: '69001',
          city: 'Lyon',
          country: 'FR',
        },
        phone: '+33478523190',
        siret: '73282932000074',
      },
      { SHOP_NAME: 'Ignoré', SHOP_ADDRESS: 'Ignorée' },
    )
    expect(s.identity).toMatchObject({
      name: 'Répar’Lyon',
      legalName: 'Répar’Lyon SARL',
      address: '3 quai Saint-Vincent, 69001 Lyon',
      phone: '04 78 52 31 90',
      siret: '73282932000074',
    })
  })
  it('falls back to the SHOP_* variables before the page is filled', () => {
    const s = resolveShopSettings(null, {
      SHOP_NAME: 'Atelier Dupont',
      SHOP_ADDRESS: '1 place Bellecour, 69002 Lyon',
      SHOP_PHONE: '04 72 00 00 00',
      SHOP_SIRET: '73282932000074',
    })
    expect(s.identity).toMatchObject({
      name: 'Atelier Dupont',
      legalName: 'Atelier Dupont',
      address: '1 place Bellecour, 69002 Lyon',
      phone: '04 72 00 00 00',
    })
  })
  it('names a fresh install « Atelier Réparation », with the usual billing defaults', () => {
    const s = resolveShopSettings({}, {})
    expect(s.identity.name).toBe('Atelier Réparation')
    expect(s).toMatchObject({
      vatRegime: 'normal',
      defaultVatRate: 2000,
      paymentTermsDays: 0,
      quoteThreshold: null,
      labourWarrantyMonths: 3,
      warrantyFromHandBack: false,
    })
  })
  it('treats a zero quote threshold as « no quote required »', () => {
    expect(resolveShopSettings({ quoteThreshold: 0 }, {}).quoteThreshold).toBeNull()
    expect(resolveShopSettings({ quoteThreshold: 15000 }, {}).quoteThreshold).toBe(15000)
  })
  it('takes the labour warranty from the page, else ATELIER_LABOUR_WARRANTY_MONTHS', () => {
    expect(
      resolveShopSettings({ labourWarrantyMonths: 6 }, { ATELIER_LABOUR_WARRANTY_MONTHS: '12' })
        .labourWarrantyMonths,
    ).toBe(6)
    expect(
      resolveShopSettings({}, { ATELIER_LABOUR_WARRANTY_MONTHS: '12' }).labourWarrantyMonths,
    ).toBe(12)
    expect(() => resolveShopSettings({}, { ATELIER_LABOUR_WARRANTY_MONTHS: 'trois' })).toThrow(
      /indiquez un nombre entier de mois/,
    )
  })
  it('knows the franchise en base regime', () => {
    expect(resolveShopSettings({ vatRegime: 'franchise' }, {}).vatRegime).toBe('franchise')
  })
})
