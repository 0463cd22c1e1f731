/**
 * Where Payload's own French reads wrong at a shop counter: the « un(e) nouveau ou nouvelle »
 * that cannot agree with a label it does not know the gender of, « <Pas de Adresse IP> » in every
 * empty cell, « vrai »/« faux » for yes and no. Worded so that any label fits.
 */
export const translations = {
  fr: {
    general: {
      createNew: 'Créer',
      createNewLabel: 'Créer : {{label}}',
      creatingNewLabel: 'Création : {{label}}',
      noLabel: '—',
      none: 'Aucun',
      noResults:
        'Aucun résultat : rien ne correspond à la recherche ou aux filtres, ou la liste est encore vide.',
      selectValue: 'Choisir…',
      true: 'Oui',
      false: 'Non',
    },
    fields: {
      addNew: 'Ajouter',
      addNewLabel: 'Ajouter : {{label}}',
      chooseLabel: 'Choisir : {{label}}',
      newLabel: 'Nouveau : {{label}}',
      uploadNewLabel: 'Téléverser : {{label}}',
    },
    version: {
      noRowsFound: 'Aucun résultat',
    },
  },
}
