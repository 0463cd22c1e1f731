// The counter's money, in real Chromium: an admin makes the invoice of a finished repair from its
// page, issues it (confirmed), records a cash payment and sees it paid, sends it to the
// customer and sees it sent; the PDF opens. The counter hands a repair back (invoice, card
// payment, « Restitué » at once) and quotes one (sent, then accepted on the customer's word). No
// console error, no failed request, no raw value, and the invoice page fits a 390 px phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  callApi,
  context,
  leftoversIn,
  overflowOf,
  PHONE,
  type Product,
  signIn,
  startProduct,
  tokenOf as tokenOfAccount,
  watchConsole,
} from '../helpers/browser'

let product: Product
let base: string

beforeAll(async () => {
  product = await startProduct()
  base = product.base
}, 400_000)

afterAll(async () => {
  await product?.close()
})

const tokenOf = (email: string) => tokenOfAccount(base, email)
const call = <T = any>(token: string, method: string, url: string, body?: unknown) =>
  callApi<T>(base, token, method, url, body)

describe('invoicing at the counter', () => {
  it('an admin invoices a finished repair, issues it, takes cash and sees it paid', async () => {
    const admin = await tokenOf('admin@atelier-demo.fr')
    const digits = String(Date.now()).slice(-8)
    const customer = await call(admin, 'POST', 'customers', {
      firstName: 'Léon',
      lastName: 'Facture',
      email: `leon.facture.${digits}@exemple.fr`,
    })
    const device = await call(admin, 'POST', 'devices', {
      customer: customer.doc.id,
      brand: 'Apple',
      model: 'iPhone 12',
    })
    const repair = await call(admin, 'POST', 'repairs', {
      device: device.doc.id,
      reportedProblem: 'Batterie à remplacer',
      estimatedPrice: 8900,
    })
    for (const body of [
      { status: 'en_cours', step: 'diagnostic' },
      { status: 'en_cours', step: 'intervention' },
      { status: 'en_cours', step: 'test' },
      { status: 'termine' },
    ])
      await call(admin, 'PATCH', `repairs/${repair.doc.id}`, body)

    const ctx = await context(product)
    const page = await ctx.newPage()
    const problems = watchConsole(page, { requests: true })
    await signIn(page, base, 'admin@atelier-demo.fr')
    await page.goto(`${base}/admin/collections/repairs/${repair.doc.id}`, {
      waitUntil: 'networkidle',
    })
    await Promise.all([
      page.waitForURL(/\/collections\/invoices\/\d+/),
      page.getByTestId('repair-actions').getByRole('button', { name: 'Facture' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    const state = page.getByTestId('invoice-state')
    await expect(state.textContent()).resolves.toBe('Brouillon')
    expect(await page.locator('#field-lines').innerText()).toContain("Main-d'œuvre")

    await page.getByRole('button', { name: 'Émettre la facture' }).click()
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    await Promise.all([
      page.waitForEvent('load'),
      modal.getByRole('button', { name: 'Émettre', exact: true }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(state.textContent()).resolves.toMatch(/^F-\d{4}-\d{6} — Émise$/)
    await expect(page.getByTestId('invoice-left').textContent()).resolves.toMatch(/reste 89,00\s€/)

    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click()
    await expect(page.locator('#pay-amount').inputValue()).resolves.toBe('89,00')
    await page.locator('#pay-method').selectOption('especes')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Enregistrer le paiement' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(state.textContent()).resolves.toMatch(/— Payée$/)
    expect(leftoversIn(await page.innerText('body'))).toEqual([])

    // Sent to the customer: queued at once, then sent by the mail queue (the local outbox).
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Envoyer au client' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(page.getByTestId('invoice-sending').textContent()).resolves.toMatch(
      /leon\.facture\.\d+@exemple\.fr/,
    )
    for (let i = 0; i < 20; i++) {
      if (/^Envoyée à/.test((await page.getByTestId('invoice-sending').textContent()) ?? '')) break
      await page.waitForTimeout(1000)
      await page.reload({ waitUntil: 'networkidle' })
    }
    await expect(page.getByTestId('invoice-sending').textContent()).resolves.toMatch(
      /^Envoyée à leon\.facture\.\d+@exemple\.fr le \d\d\/\d\d\/\d{4} à \d\d:\d\d\.$/,
    )

    const pdf = await ctx.request.get(
      `${base}${await page.getByRole('link', { name: 'PDF' }).getAttribute('href')}`,
    )
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')

    const invoicePage = page.url()
    await page.goto(`${base}/admin/collections/invoices`, { waitUntil: 'networkidle' })
    expect(leftoversIn(await page.innerText('body'))).toEqual([])
    expect(problems).toEqual([])
    await ctx.close()

    const phone = await context(product, PHONE)
    const small = await phone.newPage()
    const phoneProblems = watchConsole(small, { requests: true })
    await signIn(small, base, 'admin@atelier-demo.fr')
    for (const url of [
      invoicePage,
      `${base}/admin/collections/invoices`,
      `${base}/admin/globals/settings`,
    ]) {
      await small.goto(url, { waitUntil: 'networkidle' })
      expect(await overflowOf(small), url).toBeLessThanOrEqual(0)
    }
    expect(phoneProblems).toEqual([])
    await phone.close()
  })

  it('the counter hands a finished repair back: invoice, card payment and « Restitué » at once', async () => {
    const admin = await tokenOf('admin@atelier-demo.fr')
    const digits = String(Date.now()).slice(-8)
    const customer = await call(admin, 'POST', 'customers', {
      firstName: 'Rose',
      lastName: 'Comptoir',
      email: `rose.comptoir.${digits}@exemple.fr`,
    })
    const device = await call(admin, 'POST', 'devices', {
      customer: customer.doc.id,
      brand: 'Samsung',
      model: 'Galaxy S21',
    })
    const repair = await call(admin, 'POST', 'repairs', {
      device: device.doc.id,
      reportedProblem: 'Connecteur de charge',
      estimatedPrice: 6900,
    })
    for (const body of [
      { status: 'en_cours', step: 'diagnostic' },
      { status: 'en_cours', step: 'intervention' },
      { status: 'en_cours', step: 'test' },
      { status: 'termine' },
    ])
      await call(admin, 'PATCH', `repairs/${repair.doc.id}`, body)

    const ctx = await context(product)
    const page = await ctx.newPage()
    const problems = watchConsole(page, { requests: true })
    await signIn(page, base, 'accueil@atelier-demo.fr')
    await page.goto(`${base}/admin/collections/repairs/${repair.doc.id}`, {
      waitUntil: 'networkidle',
    })
    await page.getByTestId('repair-actions').getByRole('button', { name: 'Restituer' }).click()
    const panel = page.getByTestId('hand-back')
    await expect(panel.getByTestId('hand-back-invoice').textContent()).resolves.toMatch(
      /total 69,00\s€ · reste 69,00\s€/,
    )
    expect(await panel.innerText()).toContain("Main-d'œuvre")
    await expect(page.locator('#hb-amount').inputValue()).resolves.toBe('69,00')
    await page.locator('#hb-method').selectOption('carte')
    await panel.getByRole('button', { name: 'Encaisser et restituer' }).click()
    const done = page.getByTestId('hand-back-done')
    await expect(done.textContent()).resolves.toMatch(
      /Réparation R-\d{4}-\d{6} restituée\. Facture F-\d{4}-\d{6}, encaissé 69,00\s€ \(carte bancaire\)\./,
    )
    const pdf = await ctx.request.get(
      `${base}${await done.getByRole('link', { name: 'Imprimer la facture' }).getAttribute('href')}`,
    )
    expect(pdf.status()).toBe(200)
    await Promise.all([
      page.waitForEvent('load'),
      done.getByRole('button', { name: 'Terminer' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(page.getByTestId('repair-state').textContent()).resolves.toBe('Restitué')
    expect(leftoversIn(await page.innerText('body'))).toEqual([])
    expect(problems).toEqual([])
    await ctx.close()
  })

  it('the counter quotes a repair in diagnosis, sends the quote and records the customer’s yes', async () => {
    const admin = await tokenOf('admin@atelier-demo.fr')
    const digits = String(Date.now()).slice(-8)
    const customer = await call(admin, 'POST', 'customers', {
      firstName: 'Hugo',
      lastName: 'Devis',
      email: `hugo.devis.${digits}@exemple.fr`,
    })
    const device = await call(admin, 'POST', 'devices', {
      customer: customer.doc.id,
      brand: 'Apple',
      model: 'MacBook Air',
    })
    const repair = await call(admin, 'POST', 'repairs', {
      device: device.doc.id,
      reportedProblem: 'Ne démarre plus',
      estimatedPrice: 34900,
    })
    await call(admin, 'PATCH', `repairs/${repair.doc.id}`, {
      status: 'en_cours',
      step: 'diagnostic',
    })

    const ctx = await context(product)
    const page = await ctx.newPage()
    const problems = watchConsole(page, { requests: true })
    await signIn(page, base, 'accueil@atelier-demo.fr')
    await page.goto(`${base}/admin/collections/repairs/${repair.doc.id}`, {
      waitUntil: 'networkidle',
    })
    await Promise.all([
      page.waitForURL(/\/collections\/quotes\/\d+/),
      page.getByTestId('repair-actions').getByRole('button', { name: 'Devis' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    const state = page.getByTestId('quote-state')
    await expect(state.textContent()).resolves.toBe('Brouillon')
    await page.getByRole('button', { name: 'Envoyer au client' }).click()
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    await Promise.all([
      page.waitForEvent('load'),
      modal.getByRole('button', { name: 'Envoyer', exact: true }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(state.textContent()).resolves.toMatch(/^D-\d{4}-\d{6} — Envoyé$/)
    await expect(page.getByTestId('quote-sending').textContent()).resolves.toMatch(
      /hugo\.devis\.\d+@exemple\.fr.*Valable jusqu’au \d\d\/\d\d\/\d{4}/,
    )
    await page.getByRole('button', { name: 'Accord du client' }).click()
    await modal.waitFor()
    await Promise.all([
      page.waitForEvent('load'),
      modal.getByRole('button', { name: "Enregistrer l'accord" }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(state.textContent()).resolves.toMatch(/— Accepté$/)
    await expect(page.getByTestId('quote-sending').textContent()).resolves.toMatch(
      /Accepté le \d\d\/\d\d\/\d{4} à \d\d:\d\d par l’atelier sur sa parole/,
    )
    expect(leftoversIn(await page.innerText('body'))).toEqual([])
    expect(problems).toEqual([])
    const quotePage = page.url()
    await ctx.close()

    const phone = await context(product, PHONE)
    const small = await phone.newPage()
    const phoneProblems = watchConsole(small, { requests: true })
    await signIn(small, base, 'accueil@atelier-demo.fr')
    for (const url of [
      quotePage,
      `${base}/admin/collections/quotes`,
      `${base}/admin/bonus-a-reclamer`,
    ]) {
      await small.goto(url, { waitUntil: 'networkidle' })
      expect(await overflowOf(small), url).toBeLessThanOrEqual(0)
    }
    expect(phoneProblems).toEqual([])
    await phone.close()
  })
})
