import type { AfterErrorHook } from 'payload'

/** The SQLSTATE of a Postgres error, wherever drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
  for (
    let current = error as { code?: unknown; cause?: unknown } | undefined, hops = 0;
    current && hops < 5;
    hops++
  ) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
    current = current.cause as typeof current
  }
  return undefined
}

/** Payload's own English refusals of the account operations, as a French user should read them. */
const ACCOUNT_MESSAGES: Record<string, string> = {
  'Token is either invalid or has expired.':
    "Ce lien de réinitialisation du mot de passe n'est pas ou plus valable (1 heure) : redemandez-en un avec « Mot de passe oublié ».",
  'Verification token is invalid.':
    "Ce lien de vérification n'est pas ou plus valable : il a peut-être déjà servi. Connectez-vous, ou demandez un nouveau lien à l'atelier.",
  'Missing required data.':
    'Des informations manquent : indiquez le lien (token) reçu par e-mail et, pour un nouveau mot de passe, le mot de passe choisi.',
  'No User': "Vous n'êtes pas connecté.",
}

/** What the caller should read instead of Payload's English or « unknown error » text, if anything. */
export function frenchError(error: Error): { status: number; message: string } | null {
  // Class 22 is « data exception »: a value the database could not take, so the caller's input.
  if (sqlState(error)?.startsWith('22')) {
    return {
      status: 400,
      message:
        "Une valeur envoyée n'a pas le format attendu par ce champ ou ce filtre (texte trop long, nombre ou date invalide, caractère interdit). Vérifiez la requête et renvoyez-la.",
    }
  }
  const account = ACCOUNT_MESSAGES[error.message]
  if (account) return { status: (error as { status?: number }).status ?? 400, message: account }
  if (error.name === 'QueryError') {
    const paths = error.message.split(':').slice(1).join(':').trim()
    return {
      status: 400,
      message: `Ce filtre ou ce tri n'est pas possible : « ${paths} » n'existe pas ou vous n'avez pas le droit de le lire.`,
    }
  }
  return null
}

/**
 * The last net under every REST and GraphQL error: input the database refused becomes a 400 in
 * French rather than a 500, and Payload's query refusals speak French. Known refusals are
 * checked earlier (src/hooks/validateInput.ts) where the field can be named.
 */
export const translateErrors: AfterErrorHook = ({ error, graphqlResult }) => {
  const french = frenchError((error as { originalError?: Error }).originalError ?? error)
  if (!french) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: french.message,
        extensions: { ...graphqlResult.extensions, statusCode: french.status },
      },
    }
  }
  return { status: french.status, response: { errors: [{ message: french.message }] } }
}
