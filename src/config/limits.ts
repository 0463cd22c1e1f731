/**
 * What one request may cost. Every bound here is enforced at the edge (body size, REST query
 * parameters, GraphQL validation) before any document is read; README's security section lists
 * the same figures.
 */
export const LIMITS = {
  /** Documents per page through REST and GraphQL (`limit`), unless a collection says less. */
  maxLimit: 100,
  /** Documents per join field (`joins[…][limit]` in REST, `limit` on a join in GraphQL). */
  /**
   * A page that names its documents (`where[id][in]=…`, how the admin panel fetches the labels of
   * the relationships a list shows, 250 at a time) may be as long as its list, up to this.
   */
  maxIdList: 250,
  maxJoinLimit: 100,
  /** JSON (and any non-upload) request body, in bytes. */
  maxJsonBytes: 1024 * 1024,
  /** Multipart request body (photos and documents), in bytes. */
  maxUploadBytes: 20 * 1024 * 1024,
  /** Nesting of a GraphQL operation, counted in selection sets. */
  maxGraphqlDepth: 10,
  /** Estimated GraphQL cost: every field counts 1, multiplied by the `limit` of each list around it. */
  maxGraphqlCost: 20_000,
  /**
   * Least time, in ms, of a failed sign-in and of every « mot de passe oublié », reset and
   * sign-up answer: known and unknown accounts then answer alike, in time as in words.
   */
  authAnswerMs: 400,
} as const

/** « 1 Mo », « 20 Mo »: sizes as a French user reads them. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} Mo`
}
