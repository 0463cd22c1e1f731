import type { AfterErrorHook } from 'payload'

/** The SQLSTATE of a Postgres error, wherever drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined, hops = 0; current && hops < 5; hops++) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
    current = current.cause as typeof current
  }
  return undefined
}

/** What the caller should read instead of Payload's English or « unknown error » text, if anything. */
export function frenchError(error: Error): { status: number; message: string } | null {
  // Class 22 is « data exception »: a value the database could not take, so the caller's input.
  if (sqlState(error)?.startsWith('22')) {
    return {
      status: 400,
      message: "Une valeur envoyée n'a pas le format attendu par ce champ ou ce filtre (texte trop long, nombre ou date invalide, caractère interdit). Vérifiez la requête et renvoyez-la.",
    }
  }
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
    return { graphqlResult: { ...graphqlResult, message: french.message, extensions: { ...graphqlResult.extensions, statusCode: french.status } } }
  }
  return { status: french.status, response: { errors: [{ message: french.message }] } }
}
