/** An amount in integer cents, typed and shown in euros (« 89,90 ») in forms and list columns. */
export const moneyComponents = {
  Field: '/src/admin-components/MoneyField#MoneyField',
  Cell: '/src/admin-components/MoneyCell#MoneyCell',
}
