// Real Chromium against the real server: a receptionist does a counter intake through
// « Nouveau dépôt » and downloads the ticket; the technician then finds it in « Mes réparations ».
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  LEFTOVERS,
  type Product,
  signIn as signInAt,
  startProduct,
  watchConsole,
} from '../helpers/browser'

let product: Product
let browser: Browser
let base: string

beforeAll(async () => {
  product = await startProduct()
  browser = product.browser
  base = product.base
}, 400_000)

afterAll(async () => {
  await product?.close()
})

const signIn = (page: Page, email: string) => signInAt(page, base, email)

async function pdfText(bytes: Uint8Array): Promise<string> {
  const page = await (await getDocument({ data: bytes }).promise).getPage(1)
  return (await page.getTextContent()).items
    .map((i) => ('str' in i ? i.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
}

describe('counter to bench, in the browser', () => {
  let reference = ''

  it('a receptionist registers a deposit through « Nouveau dépôt » and downloads the ticket', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true })
    const page = await context.newPage()
    const problems = watchConsole(page)
    await signIn(page, 'accueil@atelier-demo.fr')
    // The counter lands on its page, not on Payload's collection cards.
    await page.waitForURL((url) => url.pathname === '/admin/nouveau-depot')
    // The navigation offers the page (the side menu may be folded at this width).
    expect(await page.locator('#nav-nouveau-depot').getAttribute('href')).toBe(
      '/admin/nouveau-depot',
    )
    await page.goto(`${base}/admin/nouveau-depot`)
    await page.getByRole('heading', { name: 'Nouveau dépôt' }).waitFor()

    await page.click('#new-customer')
    await page.selectOption('#c-civility', 'm')
    await page.fill('#c-first', 'Bastien')
    await page.fill('#c-last', 'Navigateur')
    await page.fill('#c-email', 'bastien.navigateur@exemple.fr')
    await page.fill('#c-phone', '06 98 76 54 32')
    await page.selectOption('#d-type', { label: 'Smartphone' })
    await page.fill('#d-brand', 'Google')
    await page.fill('#d-model', 'Pixel 7')
    await page.fill('#d-imei', '490154203237518')
    await page.fill('#d-accessories', 'chargeur, coque')
    await page.check('#d-cracks')
    await page.fill('#r-problem', 'Écran noir après une chute')
    await page.fill('#r-price', '149,90')
    const technician = page.locator('#r-assignee option', { hasText: 'Sofiane Benali' })
    await page.selectOption('#r-assignee', (await technician.getAttribute('value'))!)
    await page.click('#submit-intake')

    const done = page.getByTestId('intake-done')
    await done.waitFor({ timeout: 30_000 })
    reference = /R-\d{4}-\d{6}/.exec((await done.textContent()) ?? '')![0]

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-ticket'),
    ])
    expect(download.suggestedFilename()).toBe(`bon-de-depot-${reference}.pdf`)
    const bytes = readFileSync((await download.path())!)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(new Uint8Array(bytes))
    expect(text).toContain(reference)
    expect(text).toContain('Bastien Navigateur')
    expect(text).toContain('149,90')
    // The admin panel works under the Content-Security-Policy: no violation, no error.
    expect(problems).toEqual([])
    await context.close()
  })

  it('the technician sees the repair in « Mes réparations »', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await signIn(page, 'technicien@atelier-demo.fr')
    await page.waitForURL((url) => url.pathname === '/admin/mes-reparations')
    expect(await page.locator('#nav-mes-reparations').getAttribute('href')).toBe(
      '/admin/mes-reparations',
    )
    await page.goto(`${base}/admin/mes-reparations`)
    const table = page.getByTestId('my-repairs')
    await table.waitFor()
    const row = table.locator('tr', { hasText: reference })
    await expect(row.count()).resolves.toBe(1)
    expect(await row.textContent()).toContain('Google Pixel 7')
    expect(await row.textContent()).toContain('En attente')

    // Its page: the parts used are listed there, and nothing fails behind the scenes (the
    // technician is not asked for assignment suggestions they may not see).
    const problems = watchConsole(page)
    await row.locator('a').first().click()
    await page.getByText('Pièces utilisées').first().waitFor()
    await page.getByText('Total des pièces (€ TTC)').waitFor()
    await page.waitForTimeout(1000)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('on a phone (390 px)', () => {
  it('« Mes réparations » and « Stock bas » fit the screen: one card per row, nothing cut off', async () => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      viewport: { width: 390, height: 844 },
    })
    const page = await context.newPage()
    await signIn(page, 'technicien@atelier-demo.fr')
    await page.waitForURL((url) => url.pathname === '/admin/mes-reparations')
    const table = page.getByTestId('my-repairs')
    await table.waitFor()
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector('[data-testid="my-repairs"]')!.getBoundingClientRect().right,
      viewport: window.innerWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.viewport)
    expect(widths.table).toBeLessThanOrEqual(widths.viewport)
    // Each cell says what it is, the status included (it was cut off at this width).
    await expect(table.locator('td[data-label="Statut"]').first().isVisible()).resolves.toBe(true)
    // « Stock bas », which the technician may consult, fits too.
    await page.goto(`${base}/admin/stock-bas`)
    await page.getByTestId('low-stock').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await context.close()
  })
})

describe('the lists an admin opens, in French', () => {
  it('show money, phones, yes/no and the journal as people read them, without errors', async () => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      viewport: { width: 1400, height: 900 },
    })
    const page = await context.newPage()
    await signIn(page, 'admin@atelier-demo.fr')
    expect(new URL(page.url()).pathname).toBe('/admin')
    const problems = watchConsole(page)
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`)
    })
    const lists = ['parts', 'customers', 'suppliers', 'users', 'devices', 'action-logs']
    for (const slug of lists) {
      await page.goto(`${base}/admin/collections/${slug}`, { waitUntil: 'networkidle' })
      const text = await page.innerText('body')
      expect(LEFTOVERS.filter((re) => re.test(text)).map(String), slug).toEqual([])
    }
    // A repair's page: its lines, its history, the add buttons of Payload's join tables.
    await page.goto(`${base}/admin/collections/repairs`, { waitUntil: 'networkidle' })
    await page.locator('table tbody tr a').first().click()
    await page.getByText('Historique').first().waitFor()
    await page.waitForLoadState('networkidle')
    const repairPage = await page.innerText('body')
    expect(LEFTOVERS.filter((re) => re.test(repairPage)).map(String), 'repair page').toEqual([])
    await page.goto(`${base}/admin/collections/parts`, { waitUntil: 'networkidle' })
    await expect(page.getByText('Stock bas', { exact: true }).count()).resolves.toBeGreaterThan(1)
    await page.goto(`${base}/admin/collections/customers`, { waitUntil: 'networkidle' })
    expect(await page.innerText('body')).toMatch(/0\d( \d\d){4}/)
    await page.goto(`${base}/admin/collections/action-logs`, { waitUntil: 'networkidle' })
    const journal = await page.innerText('body')
    expect(journal).toMatch(/Connexion : Utilisateur « /)
    expect(journal).toMatch(/Création : Rôle « Administrateur »/)
    // An entry's changed fields: a table in the document's own labels, nothing from a CDN.
    await page.getByText('Création : Rôle « Administrateur »').click()
    const changes = page.getByTestId('log-changes')
    await changes.waitFor()
    await page.waitForLoadState('networkidle')
    expect(await changes.innerText()).toMatch(/Champ\s+Avant\s+Après/)
    expect(await changes.innerText()).toContain('Nom')
    expect(await changes.innerText()).toContain('Administrateur')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('security headers', () => {
  it('the admin pages and the API send CSP, no-framing, nosniff and referrer policy', async () => {
    for (const path of ['/admin', '/admin/login', '/api/health', '/api/users/me']) {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' })
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(csp, path).not.toContain('unsafe-eval')
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
  })

  it('a page of another origin cannot frame the back-office', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    // 127.0.0.1 is another origin than localhost: the framing page is not the back-office.
    await page.route('http://127.0.0.1:1/piege', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe id="f" src="${base}/admin/login"></iframe>`,
      }),
    )
    await page.goto('http://127.0.0.1:1/piege', { waitUntil: 'load' })
    await page.waitForTimeout(1000)
    const frame = page.frames().find((f) => f !== page.mainFrame())
    expect(frame).toBeDefined()
    // Refused by the browser: the frame shows Chromium's error page, not the login form.
    expect(frame?.url()).not.toBe(`${base}/admin/login`)
    expect(frame ? await frame.content().catch(() => '') : '').not.toContain('field-email')
    await context.close()
  })
})
