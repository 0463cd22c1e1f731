/** The e-mails of accounts: verification and password reset, for customers (portal) and staff (back-office). */
import { portalUrl, serverUrl } from '../config/env'
import { GREETING, renderEmail } from './render'

type EmailArgs = { token?: string; user?: { firstName?: string | null; name?: string | null } }

const link = (base: string, path: string, token = '') => `${base}${path}${encodeURIComponent(token)}`

const LINK = '<p><a href="{{link}}">{{link}}</a></p>'

export const verificationEmail = {
  generateEmailSubject: () => 'Confirmez votre adresse e-mail',
  generateEmailHTML: ({ token, user }: EmailArgs = {}) =>
    renderEmail(
      `${GREETING}<p>Pour activer votre espace client et suivre vos réparations, confirmez votre adresse e-mail :</p>${LINK}`,
      { firstName: user?.firstName, link: link(portalUrl(), '/verifier-email?token=', token) },
    ),
}

export const passwordResetEmail = {
  expiration: 60 * 60 * 1000,
  generateEmailSubject: () => 'Réinitialisation de votre mot de passe',
  generateEmailHTML: ({ token, user }: EmailArgs = {}) =>
    renderEmail(
      `${GREETING}<p>Vous avez demandé à changer votre mot de passe. Ce lien est valable une heure :</p>${LINK}<p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.</p>`,
      { firstName: user?.firstName, link: link(portalUrl(), '/mot-de-passe/nouveau?token=', token) },
    ),
}

/** Staff reset their password in the back-office; the link is absolute so a mail client can open it. */
export const staffPasswordResetEmail = {
  expiration: 60 * 60 * 1000,
  generateEmailSubject: () => 'Atelier : réinitialisation de votre mot de passe',
  generateEmailHTML: ({ token, user }: EmailArgs = {}) =>
    renderEmail(
      `${GREETING}<p>Une réinitialisation du mot de passe de votre compte du back-office a été demandée. Ce lien est valable une heure :</p>${LINK}<p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.</p>`,
      { firstName: user?.name, link: link(serverUrl(), '/admin/reset/', token) },
    ),
}
