import { portalUrl } from '../config/env'

type EmailArgs = { token?: string; user?: { firstName?: string | null; displayName?: string | null } }

const greeting = (user: EmailArgs['user']) => `Bonjour${user?.firstName ? ` ${user.firstName}` : ''},`

const layout = (body: string) =>
  `<!doctype html><html lang="fr"><body style="font-family:sans-serif;line-height:1.5">${body}<p>— L'équipe de l'atelier</p></body></html>`

export const verificationEmail = {
  generateEmailSubject: () => 'Confirmez votre adresse e-mail',
  generateEmailHTML: ({ token, user }: EmailArgs = {}) => {
    const link = `${portalUrl()}/verifier-email?token=${token}`
    return layout(
      `<p>${greeting(user)}</p><p>Pour activer votre espace client et suivre vos réparations, confirmez votre adresse e-mail :</p><p><a href="${link}">${link}</a></p>`,
    )
  },
}

export const passwordResetEmail = {
  expiration: 60 * 60 * 1000,
  generateEmailSubject: () => 'Réinitialisation de votre mot de passe',
  generateEmailHTML: ({ token, user }: EmailArgs = {}) => {
    const link = `${portalUrl()}/mot-de-passe/nouveau?token=${token}`
    return layout(
      `<p>${greeting(user)}</p><p>Vous avez demandé à changer votre mot de passe. Ce lien est valable une heure :</p><p><a href="${link}">${link}</a></p><p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.</p>`,
    )
  },
}
