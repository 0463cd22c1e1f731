import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { roleOf } from '../access/roles'
import { formatAmount } from '../domain/money'
import { formatParisDate, parisParts } from '../domain/parisTime'
import { can } from '../domain/permissions'
import { bonusClaims, type BonusClaims } from '../operations/bonusClaims'
import { AdminPage } from './AdminPage'
import styles from './views.module.css'

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

const monthName = (month: string) => {
  const [y, m] = month.split('-')
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`
}

/** « Bonus à réclamer »: the month's repair bonuses to claim, per eco-organism, and each invoice. */
export async function BonusClaimsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const role = await roleOf(req)
  const asked = props.searchParams?.mois
  const month =
    typeof asked === 'string' && /^\d{4}-\d{2}$/.test(asked)
      ? asked
      : parisParts(new Date()).date.slice(0, 7)
  let claims: BonusClaims | null = null
  let error: string | null = null
  if (can(role, 'invoices', 'read')) {
    try {
      claims = await bonusClaims(req, month)
    } catch (e) {
      error = (e as Error).message
    }
  }
  const admin = req.payload.config.routes.admin
  return (
    <AdminPage props={props} title="Bonus réparation à réclamer">
      {!can(role, 'invoices', 'read') ? (
        <p>Votre rôle ne permet pas de consulter les factures. Demandez à un administrateur.</p>
      ) : (
        <>
          <form method="get" className={styles.actions} style={{ marginBottom: 16 }}>
            <label className={styles.field}>
              <span className={styles.fieldLabel}>Mois</span>
              <input type="month" name="mois" defaultValue={month} />
            </label>
            <button type="submit" className={styles.buttonSecondary}>
              Afficher
            </button>
          </form>
          {error ? <p className={styles.error}>{error}</p> : null}
          {claims && claims.count === 0 ? (
            <p>Aucun bonus réparation sur les factures de {monthName(month)}.</p>
          ) : null}
          {claims && claims.count > 0 ? (
            <>
              <p data-testid="bonus-total">
                {claims.count} bonus à réclamer pour {monthName(month)} :{' '}
                <strong>{formatAmount(claims.total)}</strong>
                {' — '}
                {Object.entries(claims.byOrganism)
                  .map(([name, o]) => `${name} : ${formatAmount(o.amount)} (${o.count})`)
                  .join(' · ')}
              </p>
              <table className={`${styles.table} ${styles.cards}`} data-testid="bonus-claims">
                <thead>
                  <tr>
                    <th>Facture</th>
                    <th>Date</th>
                    <th>Client</th>
                    <th>Réparation</th>
                    <th>Bonus</th>
                    <th>Éco-organisme</th>
                    <th className={styles.amount}>Montant</th>
                    <th className={styles.amount}>Facture TTC</th>
                  </tr>
                </thead>
                <tbody>
                  {claims.items.map((i) => (
                    <tr key={i.invoiceId}>
                      <td data-label="Facture">
                        <a href={`${admin}/collections/invoices/${i.invoiceId}`}>{i.invoice}</a>
                      </td>
                      <td data-label="Date">
                        {i.issuedAt ? formatParisDate(new Date(i.issuedAt)) : '—'}
                      </td>
                      <td data-label="Client">{i.customer ?? '—'}</td>
                      <td data-label="Réparation">{i.repair ?? '—'}</td>
                      <td data-label="Bonus">{i.bonus ?? '—'}</td>
                      <td data-label="Éco-organisme">{i.ecoOrganism}</td>
                      <td data-label="Montant" className={styles.amount}>
                        {formatAmount(i.amount)}
                      </td>
                      <td data-label="Facture TTC" className={styles.amount}>
                        {formatAmount(i.invoiceTotalTtc)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <p className={styles.hint}>
            À déclarer sur la plateforme de l&apos;éco-organisme avec les factures. Les montants
            viennent de la table « Bonus réparation » (Facturation).
          </p>
        </>
      )}
    </AdminPage>
  )
}
