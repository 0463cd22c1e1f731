import type { AdminViewServerProps } from 'payload'

import React from 'react'

import type { Closing } from '../payload-types'

import { roleOf } from '../access/roles'
import { chainMessage } from '../domain/chain'
import { formatAmount } from '../domain/money'
import { can, hasCapability } from '../domain/permissions'
import { verifyComplianceChain } from '../operations/chain'
import { AdminPage } from './AdminPage'
import { CloseDaysButton } from './CloseDaysButton'
import styles from './views.module.css'

/**
 * « Conformité »: the inalterability chain recomputed from the data as it is now (the first
 * broken record named), and the latest closings with their perpetual totals.
 */
export async function ComplianceView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const role = await roleOf(req)
  const admin = req.payload.config.routes.admin
  if (!can(role, 'invoices', 'read'))
    return (
      <AdminPage props={props} title="Conformité">
        <p>Votre rôle ne permet pas de consulter les factures. Demandez à un administrateur.</p>
      </AdminPage>
    )
  const check = await verifyComplianceChain(req)
  const closings = await req.payload.find({
    collection: 'closings',
    where: { level: { equals: 'jour' } },
    sort: '-periodStart',
    limit: 7,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (
    <AdminPage props={props} title="Conformité">
      <section className={styles.section} data-testid="chain-check">
        <strong>Inaltérabilité des factures, avoirs, paiements et clôtures</strong>
        <p className={check.ok ? styles.success : styles.error}>{chainMessage(check)}</p>
        <p className={styles.hint}>
          Chaque enregistrement est scellé (SHA-256) avec le précédent ; la vérification recalcule
          la chaîne depuis les données en base à l&apos;ouverture de cette page (aussi :{' '}
          <code>GET /api/compliance/verify</code>).
        </p>
      </section>
      <section className={styles.section} data-testid="latest-closings">
        <strong>Dernières clôtures journalières</strong>
        {closings.docs.length ? (
          <table className={`${styles.table} ${styles.cards}`}>
            <thead>
              <tr>
                <th>Journée</th>
                <th className={styles.amount}>Facturé TTC</th>
                <th className={styles.amount}>Encaissé</th>
                <th className={styles.amount}>Grand total facturé</th>
                <th className={styles.amount}>Grand total encaissé</th>
              </tr>
            </thead>
            <tbody>
              {(closings.docs as Closing[]).map((c) => (
                <tr key={c.id}>
                  <td data-label="Journée">
                    <a href={`${admin}/collections/closings/${c.id}`}>{c.title}</a>
                  </td>
                  <td data-label="Facturé TTC" className={styles.amount}>
                    {formatAmount(c.totalInvoicedTtc)}
                  </td>
                  <td data-label="Encaissé" className={styles.amount}>
                    {formatAmount(c.totalCollected)}
                  </td>
                  <td data-label="Grand total facturé" className={styles.amount}>
                    {formatAmount(c.perpetualInvoicedTtc)}
                  </td>
                  <td data-label="Grand total encaissé" className={styles.amount}>
                    {formatAmount(c.perpetualCollected)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className={styles.hint}>Aucune journée clôturée pour l&apos;instant.</p>
        )}
        <p className={styles.hint}>
          Les journées finies se clôturent seules chaque heure ; les mois et années aussi.{' '}
          <a href={`${admin}/collections/closings`}>Toutes les clôtures</a>
        </p>
        {hasCapability(role, 'invoices.issue') ? <CloseDaysButton /> : null}
      </section>
    </AdminPage>
  )
}
