import { DomainError } from './errors'

/**
 * The shop must always keep one active user who manages users & roles, or nobody could
 * ever fix the permissions again. `remaining` is the count after the change.
 */
export function assertAnAdminRemains(remaining: number): void {
  if (remaining < 1) {
    throw new DomainError(
      'last_admin',
      "Impossible : ce serait le dernier administrateur actif. Nommez d'abord un autre administrateur (rôle avec « Utilisateurs et rôles : Modifier »), puis recommencez.",
      {},
    )
  }
}
