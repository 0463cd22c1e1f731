// A day in the shop, in real Chromium, one role after the other: the counter finds a repair by
// the customer's phone typed 06… and hands it back; the technician takes a repair through every
// step with the action bar, adds a part and a note; the admin reads roles and the journal, turns
// low stock into a purchase order and looks at a technician's figures. Every page must load
// without a console error or a failed request, without English or raw leftovers, and fit a
// 390 px phone. Each page's load time is printed (and written to bench/RESULTS.md with
// RECORD_PAGE_LOADS=1).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
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
import { root } from '../helpers/processes'

const RECEPTION = 'accueil@atelier-demo.fr'
const TECHNICIAN = 'technicien@atelier-demo.fr'
const ADMIN = 'admin@atelier-demo.fr'

let product: Product
let base: string
const loads: { role: string; page: string; ms: number }[] = []
const visited: Record<string, Set<string>> = {}

beforeAll(async () => {
  product = await startProduct()
  base = product.base
}, 400_000)

afterAll(async () => {
  if (loads.length) {
    console.log(
      loads.map((l) => `${l.role.padEnd(14)} ${String(l.ms).padStart(5)} ms  ${l.page}`).join('\n'),
    )
    if (process.env.RECORD_PAGE_LOADS === '1') recordLoads()
  }
  await product?.close()
})

/** The bench figures: a section of bench/RESULTS.md between two markers, rewritten each time. */
function recordLoads() {
  const file = path.join(root, 'bench/RESULTS.md')
  const start = '<!-- page-loads:start -->'
  const end = '<!-- page-loads:end -->'
  const text = readFileSync(file, 'utf8')
  const rows = loads.map((l) => `| ${l.role} | ${l.page} | ${l.ms} |`).join('\n')
  const section = `${start}\n_Mesuré le ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC par \`RECORD_PAGE_LOADS=1 npx vitest run tests/e2e/workday.test.ts\`._\n\n| Rôle | Page | Chargement (ms) |\n| --- | --- | ---: |\n${rows}\n${end}`
  const next = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${text.trimEnd()}\n\n## Pages du back-office : temps de chargement dans Chromium (\`tests/e2e/workday.test.ts\`)\n\nDe la navigation jusqu’à la dernière requête de la page (document, scripts, appels à l’API), mesuré par l’API Performance du navigateur, serveur de production (\`npm start\`) sur cette machine (2 cœurs). Objectif : moins d’une seconde pour les listes ouvertes toute la journée.\n\n${section}\n`
  writeFileSync(file, next)
}

const tokenOf = (email: string) => tokenOfAccount(base, email)
const call = <T = any>(token: string, method: string, url: string, body?: unknown) =>
  callApi<T>(base, token, method, url, body)

/** Opens a page, waits until it settles, records how long that took and checks its text. */
async function visit(page: Page, role: string, url: string) {
  await page.goto(`${base}${url}`, { waitUntil: 'networkidle' })
  await settle(page, role, url)
}

/**
 * The page's load time once it is idle — from the navigation (or from `since`, the wall-clock
 * moment of the click of an in-app navigation) to its last request — and a check of its text.
 * A click may load a new document (the timeline starts again) or navigate inside the app.
 */
async function settle(page: Page, role: string, url: string, since = 0) {
  await page.waitForLoadState('networkidle')
  const ms = await page.evaluate((clickedAt) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    // Where the click falls on this document's timeline: before it began when it loaded after.
    const from = clickedAt ? clickedAt - performance.timeOrigin : 0
    const ends = performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime >= from)
      .map((r) => (r as PerformanceResourceTiming).responseEnd)
    return Math.round(Math.max(from <= 0 ? nav.loadEventEnd : 0, ...ends) - from)
  }, since)
  const label = url.replace(/\/\d+(?=$|[/?])/, '/:id')
  loads.push({ role, page: label, ms })
  ;(visited[role] ??= new Set()).add(new URL(page.url()).pathname)
  expect(leftoversIn(await page.innerText('body')), url).toEqual([])
}

/** An in-app navigation (a link clicked), timed from the click. */
async function follow(page: Page, role: string, url: string, click: () => Promise<unknown>) {
  const since = await page.evaluate(() => performance.timeOrigin + performance.now())
  await click()
  await settle(page, role, url, since)
}

/** Clicks a move of the repair's action bar, confirms it, and waits for the page to reload. */
async function move(page: Page, label: string, expected: string) {
  await page.getByTestId('repair-actions').getByRole('button', { name: label, exact: true }).click()
  const modal = page.locator('.confirmation-modal')
  await modal.waitFor()
  await Promise.all([
    page.waitForEvent('load'),
    modal.getByRole('button', { name: label, exact: true }).click(),
  ])
  await page.waitForLoadState('networkidle')
  await expect(page.getByTestId('repair-state').textContent()).resolves.toBe(expected)
}

async function dayOf(
  email: string,
): Promise<{ ctx: BrowserContext; page: Page; problems: string[] }> {
  const ctx = await context(product)
  const page = await ctx.newPage()
  const problems = watchConsole(page, { requests: true })
  await signIn(page, base, email)
  return { ctx, page, problems }
}

describe('a day in the shop', () => {
  let admin: string
  let technicianId: number
  let pickupRef = ''
  let pickupPhone = ''
  let customerId = 0
  let benchRef = ''
  let benchId = 0

  beforeAll(async () => {
    admin = await tokenOf(ADMIN)
    technicianId = (
      await call<{ user: { id: number } }>(await tokenOf(TECHNICIAN), 'GET', 'users/me')
    ).user.id
    // A finished repair waiting for its customer, and a new one for the technician's bench.
    const digits = String(Date.now()).slice(-8)
    pickupPhone = `06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`
    const customer = await call(admin, 'POST', 'customers', {
      firstName: 'Inès',
      lastName: 'Journée',
      email: `ines.journee.${digits}@exemple.fr`,
      phone: pickupPhone,
    })
    customerId = customer.doc.id
    const pickupDevice = await call(admin, 'POST', 'devices', {
      customer: customer.doc.id,
      brand: 'Apple',
      model: 'iPhone 12',
    })
    const pickup = await call(admin, 'POST', 'repairs', {
      device: pickupDevice.doc.id,
      reportedProblem: 'Batterie gonflée',
      assignee: technicianId,
    })
    pickupRef = pickup.doc.reference
    for (const body of [
      { status: 'en_cours', step: 'diagnostic' },
      { status: 'en_cours', step: 'intervention' },
      { status: 'en_cours', step: 'test' },
      { status: 'termine' },
    ])
      await call(admin, 'PATCH', `repairs/${pickup.doc.id}`, body)
    const benchDevice = await call(admin, 'POST', 'devices', {
      customer: customer.doc.id,
      brand: 'Google',
      model: 'Pixel 7',
    })
    const bench = await call(admin, 'POST', 'repairs', {
      device: benchDevice.doc.id,
      reportedProblem: 'Écran fissuré, tactile mort en bas',
      assignee: technicianId,
      priority: 'urgente',
    })
    benchRef = bench.doc.reference
    benchId = bench.doc.id
  })

  it('the counter takes in a device, finds a repair by the phone typed 06… and hands it back', async () => {
    const { ctx, page, problems } = await dayOf(RECEPTION)
    await page.waitForURL((u) => u.pathname === '/admin/nouveau-depot')
    await visit(page, 'Accueil', '/admin/nouveau-depot')

    // An intake for the customer of the day: chosen by phone, with the unlock code and a photo.
    await page.locator('#submit-intake').click()
    await page.getByText('Choisissez un client existant ou créez-en un nouveau.').waitFor()
    await page.locator('#customer-search').fill(pickupPhone)
    await page.getByRole('button', { name: /Inès Journée/ }).click()
    await page.getByTestId('chosen-customer').waitFor()
    // The refusal answered by choosing a customer does not stay on screen.
    await expect(page.getByTestId('intake-errors').count()).resolves.toBe(0)
    await page.locator('#d-brand').fill('Samsung')
    await page.locator('#d-model').fill('Galaxy S21')
    await page.locator('#d-unlock').fill('2580')
    await page.locator('#d-photos').setInputFiles({
      name: 'ecran.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    })
    await page.getByRole('button', { name: 'Retirer la photo 1' }).waitFor()
    await page.locator('#r-problem').fill('Ne charge plus, connecteur oxydé')
    await page.locator('#r-promised').fill('2020-01-06T10:00')
    await page.getByText('Cette date est passée : choisissez une date à venir.').waitFor()
    const next = new Date(Date.now() + 3 * 86_400_000)
    await page.locator('#r-promised').fill(`${next.toISOString().slice(0, 10)}T17:00`)
    await page.locator('#submit-intake').click()
    const done = page.getByTestId('intake-done')
    await done.waitFor()
    const intakeRef = /R-\d{4}-\d{6}/.exec(await done.innerText())![0]
    const [taken] = (
      await call<{ docs: { id: number; device: { photos: unknown[] }; unlockCode: string }[] }>(
        admin,
        'GET',
        `repairs?where[reference][equals]=${intakeRef}&depth=1`,
      )
    ).docs
    expect(taken!.device.photos).toHaveLength(1)
    expect(taken!.unlockCode).toBe('2580')

    await visit(page, 'Accueil', '/admin/collections/repairs')
    await visit(page, 'Accueil', '/admin/collections/customers')

    await page.getByTestId('quick-search').locator('input').fill(pickupPhone.replace(/ /g, ''))
    const results = page.getByTestId('quick-search-results')
    await results.getByText(pickupRef).waitFor()
    expect(await results.innerText()).toContain('Inès Journée')
    await follow(page, 'Accueil', '/admin/collections/repairs/:id', () =>
      Promise.all([
        page.waitForURL(/\/collections\/repairs\/\d+/),
        results.getByText(pickupRef).click(),
      ]),
    )
    // At the counter, « Restituer » bills and takes the payment in the same step.
    await page.getByTestId('repair-actions').getByRole('button', { name: 'Restituer' }).click()
    const panel = page.getByTestId('hand-back')
    await panel.getByTestId('hand-back-invoice').waitFor()
    await panel.getByRole('button', { name: /restituer$/i }).click()
    const handedBack = page.getByTestId('hand-back-done')
    await handedBack.waitFor()
    await Promise.all([
      page.waitForEvent('load'),
      handedBack.getByRole('button', { name: 'Terminer' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    await expect(page.getByTestId('repair-state').textContent()).resolves.toBe('Restitué')
    // Nothing left to do with it but its invoice: no more moves, the ticket still printable.
    await expect(
      page.getByTestId('repair-actions').locator('button').allInnerTexts(),
    ).resolves.toEqual(['Facture'])
    await expect(page.getByText('Bon de dépôt (PDF)').count()).resolves.toBe(1)

    // The customer's page: the phone as it is read, not as it is stored (+33…).
    await visit(page, 'Accueil', `/admin/collections/customers/${customerId}`)
    await expect(page.locator('#field-phone').inputValue()).resolves.toBe(pickupPhone)

    // A search that finds nothing says so.
    await page.getByTestId('quick-search').locator('input').fill('zzz-introuvable')
    await page.getByText('Aucun résultat pour « zzz-introuvable ».').waitFor()
    expect(problems).toEqual([])
    await ctx.close()
  })

  it('the technician takes a repair through every step, with a part and a note', async () => {
    const { ctx, page, problems } = await dayOf(TECHNICIAN)
    await page.waitForURL((u) => u.pathname === '/admin/mes-reparations')
    await visit(page, 'Technicien', '/admin/mes-reparations')
    const row = page.getByTestId('my-repairs').locator('tr', { hasText: benchRef })
    await follow(page, 'Technicien', `/admin/collections/repairs/${benchId}`, () =>
      Promise.all([
        page.waitForURL(`**/collections/repairs/${benchId}`),
        row.locator('a').first().click(),
      ]),
    )

    await move(page, 'Démarrer le diagnostic', 'En cours — Diagnostic')
    await move(page, "Passer à l'intervention", 'En cours — Intervention')

    // A part, from the repair's « Pièces utilisées »: its price shows as soon as it is chosen.
    await page
      .locator('#field-partLines')
      .getByRole('button', { name: /Ajouter|Créer/ })
      .first()
      .click()
    const drawer = page.locator('.drawer--is-open, [class*="drawer"][class*="open"]').last()
    await page.locator('#field-part').last().click()
    await page.keyboard.type('Écran OLED complet Google Pixel 7')
    await page.locator('.rs__option', { hasText: 'Google Pixel 7' }).first().click()
    const preview = page.getByTestId('part-line-preview')
    await preview.waitFor()
    expect(await preview.innerText()).toMatch(/Prix unitaire : \d+,\d\d €/)
    await expect(page.getByTestId('part-incompatible').count()).resolves.toBe(0)
    await drawer.getByRole('button', { name: 'Sauvegarder' }).click()
    await page
      .locator('#field-partLines')
      .getByText('1 × Écran OLED complet Google Pixel 7')
      .waitFor()

    // A note, saved with the page.
    await page.getByRole('button', { name: 'Ajouter Note' }).click()
    await page.locator('#field-notes [contenteditable="true"]').first().click()
    await page.keyboard.type('Dalle remplacée, tactile testé sur toute la surface.')
    await page.getByRole('button', { name: 'Sauvegarder' }).first().click()
    await page.getByText('Dalle remplacée').first().waitFor()
    await page.waitForLoadState('networkidle')

    await move(page, 'Passer au test', 'En cours — Test')
    await move(page, 'Terminer', 'Terminé (prêt à retirer)')
    // The history is a join table: it loads after the page.
    await page.getByText('En cours — Test → Terminé (prêt à retirer)').first().waitFor()
    // His own figures on « Mes réparations »: this repair now counts among the finished.
    await visit(page, 'Technicien', '/admin/mes-reparations')
    await page.getByTestId('technician-figures-values').waitFor()
    expect(Number(await page.getByTestId('figure-finished').textContent())).toBeGreaterThanOrEqual(
      2,
    )
    expect(problems).toEqual([])
    await ctx.close()
  })

  it('the admin reads roles and the journal, orders low stock, looks at a technician', async () => {
    const { ctx, page, problems } = await dayOf(ADMIN)
    await visit(page, 'Administrateur', '/admin')
    await visit(page, 'Administrateur', '/admin/collections/roles')
    await follow(page, 'Administrateur', '/admin/collections/roles/:id', () =>
      Promise.all([
        page.waitForURL(/\/collections\/roles\/\d+/),
        page.getByRole('link', { name: 'Technicien' }).first().click(),
      ]),
    )
    await visit(page, 'Administrateur', '/admin/collections/action-logs')
    expect(await page.innerText('body')).toContain(`Modification : Réparation « ${benchRef} »`)
    await visit(page, 'Administrateur', '/admin/collections/parts')
    // Sale prices in euros (« 89,00 »), never in cents (« 8900 »).
    const prices = await page.locator('td.cell-salePrice').allInnerTexts()
    expect(prices.length).toBeGreaterThan(0)
    for (const price of prices)
      expect(price.trim()).toMatch(/^(\d{1,3}([\s\u202f]\d{3})*,\d\d(\s€)?|—)$/)

    await visit(page, 'Administrateur', '/admin/stock-bas')
    const create = page.locator('#create-orders')
    if (await create.count()) {
      await create.click()
      await page
        .getByText(/commande/i)
        .first()
        .waitFor()
    }
    await visit(page, 'Administrateur', '/admin/collections/purchase-orders')
    await follow(page, 'Administrateur', '/admin/collections/purchase-orders/:id', () =>
      Promise.all([
        page.waitForURL(/\/collections\/purchase-orders\/\d+/),
        page.locator('table tbody tr a').first().click(),
      ]),
    )
    // A draft goes to the supplier with « Commander », confirmed; its PDF is offered.
    const orderActions = page.getByTestId('purchase-order-actions')
    await expect(orderActions.getByText('Télécharger le PDF').count()).resolves.toBe(1)
    if ((await page.getByTestId('purchase-order-state').textContent()) === 'Brouillon') {
      await expect(page.getByTestId('purchase-order-total').textContent()).resolves.toMatch(
        /\d+,\d\d €/,
      )
      await orderActions.getByRole('button', { name: 'Commander', exact: true }).click()
      const modal = page.locator('.confirmation-modal')
      await modal.waitFor()
      await Promise.all([
        page.waitForEvent('load'),
        modal.getByRole('button', { name: 'Commander', exact: true }).click(),
      ])
      await page.waitForLoadState('networkidle')
      await expect(page.getByTestId('purchase-order-state').textContent()).resolves.toBe(
        'Commandée',
      )
    }

    await visit(page, 'Administrateur', `/admin/collections/users/${technicianId}`)
    // The technician's figures, as numbers a manager reads: the repairs finished today count.
    const figures = page.getByTestId('technician-figures-values')
    await figures.waitFor()
    expect(Number(await page.getByTestId('figure-finished').textContent())).toBeGreaterThanOrEqual(
      2,
    )
    expect(await page.getByTestId('figure-mean').textContent()).toMatch(
      /^(\d+ (j|h|min)\b.*|moins d'une minute|—)$/,
    )
    expect(await page.getByTestId('figure-on-time').textContent()).toMatch(/^(\d+\s%|—)$/)
    await page.getByRole('button', { name: '12 derniers mois' }).click()
    await expect(
      page.getByRole('button', { name: '12 derniers mois' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true')
    await figures.waitFor()
    await visit(page, 'Administrateur', '/admin/collections/repairs')
    expect(problems).toEqual([])
    await ctx.close()
  })

  it('every page of the day fits a 390 px phone, without errors', async () => {
    for (const [role, email] of [
      ['Accueil', RECEPTION],
      ['Technicien', TECHNICIAN],
      ['Administrateur', ADMIN],
    ] as const) {
      const ctx = await context(product, PHONE)
      const page = await ctx.newPage()
      const problems = watchConsole(page, { requests: true })
      await signIn(page, base, email)
      for (const url of visited[role] ?? []) {
        await page.goto(`${base}${url}`, { waitUntil: 'networkidle' })
        expect(await overflowOf(page), `${role} ${url}`).toBeLessThanOrEqual(0)
        expect(leftoversIn(await page.innerText('body')), url).toEqual([])
      }
      expect(problems, role).toEqual([])
      await ctx.close()
    }
  })
})
