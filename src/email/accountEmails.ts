/** The e-mails of accounts: verification and password reset, for customers (portal) and staff (back-office). */
import { portalUrl, serverUrl } from '../config/env'
import { GREETING, renderEmail } from './render'

type EmailArgs = { token?: string; user?: { firstName?: string | null; name?: string | null } }

const link = (base: string, path: string, token = '') =>
  `${base}${path}${encodeURIComponent(token)}`

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
      {
        firstName: user?.firstName,
        link: link(portalUrl(), '/mot-de-passe/nouveau?token=', token),
      },
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

/** Sent to the new address: the change takes effect only once this link is followed. */
export function emailChangeConfirmation(firstName: string | null | undefined, token: string) {
  return {
    subject: 'Confirmez votre nouvelle adresse e-mail',
    html: renderEmail(
      `${GREETING}<p>Vous avez demandé à recevoir désormais les messages de l'atelier à cette adresse. Pour confirmer le changement, suivez ce lien (valable 24 heures) :</p>${LINK}<p>Tant que le lien n'est pas suivi, votre ancienne adresse reste celle de votre compte.</p>`,
      { firstName, link: link(portalUrl(), '/confirmer-email?token=', token) },
    ),
  }
}

/** Sent to the old address, so that a change made by someone else does not go unnoticed. */
export function emailChangeNotice(firstName: string | null | undefined, newEmail: string) {
  return {
    subject: 'Changement d’adresse e-mail demandé',
    html: renderEmail(
      `${GREETING}<p>Un changement de l'adresse e-mail de votre compte vers <strong>{{newEmail}}</strong> a été demandé. Il ne prendra effet qu'après confirmation depuis cette nouvelle adresse.</p><p>Si vous n'êtes pas à l'origine de cette demande, ne faites rien et prévenez l'atelier.</p>`,
      { firstName, newEmail },
    ),
  }
}

/** The verification e-mail, as a message to queue (sign-up, new address of an unverified account). */
export function verificationMessage(firstName: string | null | undefined, token: string) {
  return {
    subject: verificationEmail.generateEmailSubject(),
    html: verificationEmail.generateEmailHTML({ token, user: { firstName } }),
  }
}

/** Sent instead of a second account when someone signs up with an address that has one. */
export function accountExistsMessage(firstName: string | null | undefined) {
  return {
    subject: 'Vous avez déjà un compte à l’atelier',
    html: renderEmail(
      `${GREETING}<p>Quelqu'un (vous, sans doute) a demandé à créer un compte avec cette adresse, qui en a déjà un. Pour vous connecter, utilisez votre mot de passe habituel ; si vous l'avez oublié, choisissez-en un nouveau :</p>${LINK}<p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien n'a changé.</p>`,
      { firstName, link: `${portalUrl()}/mot-de-passe/oublie` },
    ),
  }
}
