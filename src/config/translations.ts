/**
 * Where Payload's own French reads wrong at a shop counter: « Créer un(e) nouveau ou nouvelle »,
 * « <Pas de Adresse IP> » in every empty cell, « vrai »/« faux » for yes and no.
 */
export const translations = {
  fr: {
    general: {
      createNew: 'Créer',
      noLabel: '—',
      true: 'Oui',
      false: 'Non',
    },
  },
}
