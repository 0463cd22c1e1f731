/** What an action-log entry says in the list: « Modification : Réparation « R-2026-000012 » ». */
export const LOG_OPERATIONS = {
  create: { fr: 'Création', en: 'Create' },
  update: { fr: 'Modification', en: 'Update' },
  delete: { fr: 'Suppression', en: 'Delete' },
  login: { fr: 'Connexion', en: 'Login' },
  login_failed: { fr: 'Connexion refusée', en: 'Failed login' },
} as const

export type LogOperation = keyof typeof LOG_OPERATIONS

export type LogSubject = {
  operation: LogOperation
  /** The collection's singular French label (« Réparation »), or its slug if it has none. */
  collectionLabel: string
  documentTitle?: string | null
  documentId?: string | number | null
}

export function logSummary({
  operation,
  collectionLabel,
  documentTitle,
  documentId,
}: LogSubject): string {
  const title = documentTitle?.trim()
  const subject = title
    ? `${collectionLabel} « ${title} »`
    : documentId != null && documentId !== ''
      ? `${collectionLabel} n° ${documentId}`
      : collectionLabel
  return `${LOG_OPERATIONS[operation]?.fr ?? operation} : ${subject}`
}

/** « ::ffff:192.0.2.1 » is how Node shows an IPv4 client on a dual-stack socket. */
export function displayIp(ip: string | null | undefined): string | null {
  if (!ip) return null
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice('::ffff:'.length) : ip
}
