// Real Chromium against the real product (`npm start` on a fresh data directory): one app and
// one browser per test file, and the checks every page of the back-office must pass.
import { rmSync } from 'node:fs'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { freePort } from '../../scripts/lib/postgres.mjs'
import { cleanEnv, run, type Running, stop, tempDataDir } from './processes'

export type Product = { base: string; browser: Browser; close: () => Promise<void> }

export async function startProduct(): Promise<Product> {
  const dataDir = tempDataDir()
  const port = await freePort()
  const app: Running = run(
    'scripts/start.mjs',
    cleanEnv({
      ATELIER_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
    }),
  )
  await app.waitFor('Atelier est prêt')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    base: `http://localhost:${port}`,
    browser,
    close: async () => {
      await browser.close()
      await stop(app)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Every console error, CSP violation and failed request the page reports, to assert there are none. */
export function watchConsole(page: Page, options: { requests?: boolean } = {}): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
      problems.push(`${m.text()} (${m.location().url})`)
  })
  page.on('pageerror', (e) => problems.push(e.message))
  if (options.requests)
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`)
    })
  return problems
}

export async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', 'atelier-demo')
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

export const DESKTOP = { width: 1400, height: 900 }
export const PHONE = { width: 390, height: 844 }

export function context(product: Product, viewport = DESKTOP): Promise<BrowserContext> {
  return product.browser.newContext({ locale: 'fr-FR', viewport, acceptDownloads: true })
}

/** Payload's raw values and English or broken French that a shop employee must never see. */
export const LEFTOVERS = [
  /\bLabel\b/,
  /\bSummary\b/,
  /\bTitle\b/,
  /<Pas de/,
  /nouveau ou nouvelle/,
  /un\(e\)|Aucun\(e\)/,
  /::ffff:/,
  /\b(vrai|faux)\b/i,
  /\+33\d{9}/,
  /\b(create|update|delete) [a-z-]+ #\d+/,
  /points de base/,
]

export const leftoversIn = (text: string) => LEFTOVERS.filter((re) => re.test(text)).map(String)

/** How far the page reaches past the screen's right edge (0 when it fits). */
export const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

/** A demo account's token, to prepare a browser test's data through the product's REST API. */
export async function tokenOf(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'atelier-demo' }),
  })
  return ((await res.json()) as { token: string }).token
}

/** A REST call to the running product; anything but a success fails the test with its answer. */
export async function callApi<T = any>(
  base: string,
  token: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${base}/api/${url}`, {
    method,
    headers: {
      authorization: `JWT ${token}`,
      'accept-language': 'fr',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await res.json()) as T
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}
