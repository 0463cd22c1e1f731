/**
 * How many sign-in, sign-up and password-reset attempts one address may make, and how many
 * failed sign-ins lock one account for one address. Counting per account *and* address means
 * nobody can lock someone else out, and the refusal is the same whether the account exists.
 */

export type AuthAction = 'login' | 'register' | 'forgot' | 'reset'

export type AuthLimits = Record<AuthAction, number> & { lockout: number }

/** Attempts per address and window; `lockout`: failed sign-ins of one account from one address. */
export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  login: 30,
  register: 10,
  forgot: 10,
  reset: 20,
  lockout: 5,
}

/** The window each count runs over, in seconds. */
export const AUTH_WINDOWS: Record<AuthAction | 'lockout', number> = {
  login: 600,
  register: 3600,
  forgot: 3600,
  reset: 3600,
  lockout: 600,
}

const NAMES = Object.keys(DEFAULT_AUTH_LIMITS) as (keyof AuthLimits)[]

/** `ATELIER_AUTH_LIMITS="login=30,register=10,forgot=10,reset=20,lockout=5"`, any subset. */
export function parseAuthLimits(value: string | undefined): AuthLimits {
  const limits = { ...DEFAULT_AUTH_LIMITS }
  for (const part of (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, raw] = part.split('=').map((s) => s.trim())
    const count = Number(raw)
    if (!NAMES.includes(name as keyof AuthLimits) || !Number.isInteger(count) || count < 1) {
      throw new Error(
        `ATELIER_AUTH_LIMITS : « ${part} » n'est pas compris. Écrivez des paires nom=nombre (nombre entier ≥ 1) séparées par des virgules, parmi ${NAMES.join(', ')} ; par exemple ATELIER_AUTH_LIMITS="login=30,lockout=5".`,
      )
    }
    limits[name as keyof AuthLimits] = count
  }
  return limits
}

export const addressKey = (action: AuthAction, address: string) => `${action}:${address}`

export const lockoutKey = (collection: string, email: string, address: string) =>
  `lockout:${collection}:${email.trim().toLowerCase()}:${address}`

/** Whole minutes until a window that started at `startedAt` ends (at least 1). */
export function minutesLeft(startedAt: Date, windowSeconds: number, now = new Date()): number {
  return Math.max(
    1,
    Math.ceil((startedAt.getTime() + windowSeconds * 1000 - now.getTime()) / 60_000),
  )
}

const WHAT: Record<AuthAction, string> = {
  login: 'de tentatives de connexion',
  register: "de demandes d'inscription",
  forgot: 'de demandes de réinitialisation du mot de passe',
  reset: 'de tentatives de changement du mot de passe',
}

export function tooManyMessage(action: AuthAction, minutes: number): string {
  return `Trop ${WHAT[action]} depuis votre connexion : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`
}

export function lockedMessage(minutes: number): string {
  return `Trop d'échecs de connexion pour ce compte depuis votre connexion : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}, ou utilisez « Mot de passe oublié ».`
}
