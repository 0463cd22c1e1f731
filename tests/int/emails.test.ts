import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, testPayload } from '../helpers/api'
import { part, staff, unique } from '../helpers/fixtures'
import { deliveredMail } from '../helpers/mail'
import { mailbox } from '../helpers/mailbox'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const EVIL = '<a href="https://evil.example/pay">Remboursement en attente</a>'

/** The links of an HTML message, as a mail client would make them clickable. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])

describe('values put into e-mails are text, never markup', () => {
  it('a sign-up whose first name is a link gets a verification e-mail showing it as text', async () => {
    const email = `${unique('piege')}@exemple.fr`
    const res = await api('POST', 'customers/register', {
      body: { firstName: EVIL, lastName: 'Roux', email, password: 'mon-mot-de-passe' },
    })
    expect(res.status).toBe(202)
    const mail = await deliveredMail(payload, email, /Confirmez votre adresse/)
    const html = String(mail.html)
    expect(html).not.toContain('<a href="https://evil.example')
    expect(hrefs(html).some((h) => h.includes('evil.example'))).toBe(false)
    expect(html).toContain('&lt;a href=&quot;https://evil.example/pay&quot;&gt;')
    expect(mail.text).toContain('Remboursement en attente') // still readable, as text
  })

  it('a part named with markup is escaped in the low-stock alert', async () => {
    const admin = await staff(payload, 'admin')
    const name = `<img src=x onerror="alert(1)"> ${unique('Écran')}`
    const p = await part(payload, 3, { name, reorderThreshold: 2 })
    await payload.create({
      collection: 'stock-movements',
      data: { part: p.id, quantity: -2, reason: 'loss' },
    })
    await payload.jobs.run({ queue: 'atelier', limit: 50 })
    const mail = await mailbox().waitFor(admin.email, /Stock bas/)
    const alert = mailbox().messages.find((m) => m.subject?.includes(p.sku)) ?? mail
    expect(String(alert.html)).not.toContain('<img')
    expect(String(alert.html)).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
  })
})

describe('links in e-mails are absolute', () => {
  it('the staff password-reset e-mail links to http://localhost:PORT/admin/reset/<token> by default', async () => {
    const { email } = await staff(payload, 'receptionist')
    expect((await api('POST', 'users/forgot-password', { body: { email } })).status).toBe(200)
    const mail = await deliveredMail(payload, email, /réinitialisation/i)
    const links = hrefs(String(mail.html))
    expect(links).toHaveLength(1)
    expect(links[0]).toMatch(
      new RegExp(`^http://localhost:${process.env.PORT || 3000}/admin/reset/[0-9a-f]{20,}$`),
    )
    expect(mail.subject).toBe('Atelier : réinitialisation de votre mot de passe')
    expect(String(mail.html)).toContain('Bonjour Test receptionist,')
  })

  it('follows SERVER_URL when it is set', async () => {
    const { email } = await staff(payload, 'receptionist')
    process.env.SERVER_URL = 'https://atelier.exemple.fr/'
    try {
      await api('POST', 'users/forgot-password', { body: { email } })
      const mail = await deliveredMail(payload, email, /réinitialisation/i)
      expect(hrefs(String(mail.html))[0]).toMatch(
        /^https:\/\/atelier\.exemple\.fr\/admin\/reset\/[0-9a-f]+$/,
      )
    } finally {
      delete process.env.SERVER_URL
    }
  })

  it('the low-stock alert links to the « Stock bas » page of the back-office', async () => {
    const admin = await staff(payload, 'admin')
    const p = await part(payload, 3, { reorderThreshold: 1 })
    await payload.create({
      collection: 'stock-movements',
      data: { part: p.id, quantity: -2, reason: 'loss' },
    })
    await payload.jobs.run({ queue: 'atelier', limit: 50 })
    await mailbox().waitFor(admin.email, new RegExp(p.sku))
    const alert = mailbox().messages.find((m) => m.subject?.includes(p.sku))!
    expect(hrefs(String(alert.html))).toEqual([
      `http://localhost:${process.env.PORT || 3000}/admin/stock-bas`,
    ])
  })
})
