/** Demo staff accounts, printed by `npm start`. Change or deactivate them before going live. */
export const DEMO_PASSWORD = 'atelier-demo'

export const DEMO_ACCOUNTS = [
  { role: 'admin', name: 'Claire Martin', email: 'admin@atelier-demo.fr', label: 'Administrateur' },
  { role: 'receptionist', name: 'Julien Petit', email: 'accueil@atelier-demo.fr', label: 'Réceptionniste' },
  { role: 'technician', name: 'Sofiane Benali', email: 'technicien@atelier-demo.fr', label: 'Technicien' },
] as const
