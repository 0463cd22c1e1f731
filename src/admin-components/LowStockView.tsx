import type { AdminViewServerProps } from 'payload'

import React from 'react'

import type { Supplier } from '../payload-types'

import { roleOf } from '../access/roles'
import { can } from '../domain/permissions'
import { reorderFor } from '../domain/stock'
import { quantitiesOnOrder } from '../operations/draftOrdersFromLowStock'
import { AdminPage } from './AdminPage'
import { CreateOrdersButton } from './CreateOrdersButton'
import styles from './views.module.css'

/** « Stock bas »: parts at or under their threshold, and how many to order. */
export async function LowStockView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const role = await roleOf(req)
  const parts = can(role, 'stock', 'read')
    ? await req.payload.find({
        collection: 'parts',
        where: { lowStock: { equals: true } },
        sort: 'name',
        depth: 1,
        limit: 500,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  // What is on order comes from the purchase orders: shown to whoever may read them.
  const seesOrders = can(role, 'purchaseOrders', 'read')
  const onOrder =
    parts.docs.length && seesOrders ? await quantitiesOnOrder(req) : new Map<number, number>()
  const admin = req.payload.config.routes.admin
  return (
    <AdminPage props={props} title="Stock bas">
      {!can(role, 'stock', 'read') ? (
        <p>Votre rôle ne permet pas de consulter le stock. Demandez à un administrateur.</p>
      ) : parts.docs.length === 0 ? (
        <p>Aucune pièce sous son seuil de réapprovisionnement.</p>
      ) : (
        <>
          <table className={`${styles.table} ${styles.cards}`} data-testid="low-stock">
            <thead>
              <tr>
                <th>Référence</th>
                <th>Désignation</th>
                <th>En stock</th>
                <th>Seuil</th>
                {seesOrders && <th>Déjà en commande</th>}
                <th>À commander</th>
                <th>Fournisseur</th>
                <th>Emplacement</th>
              </tr>
            </thead>
            <tbody>
              {parts.docs.map((p) => (
                <tr key={p.id} className={styles.late}>
                  <td data-label="Référence">
                    <a href={`${admin}/collections/parts/${p.id}`}>{p.sku}</a>
                  </td>
                  <td data-label="Désignation">{p.name}</td>
                  <td data-label="En stock">{p.quantityOnHand ?? 0}</td>
                  <td data-label="Seuil">{p.reorderThreshold ?? 0}</td>
                  {seesOrders && <td data-label="Déjà en commande">{onOrder.get(p.id) || '—'}</td>}
                  <td data-label="À commander">
                    <strong>{reorderFor(p, onOrder.get(p.id)) || 'rien de plus'}</strong>
                  </td>
                  <td data-label="Fournisseur">
                    {p.supplier && typeof p.supplier === 'object'
                      ? (p.supplier as Supplier).name
                      : '—'}
                  </td>
                  <td data-label="Emplacement">{p.location ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {can(role, 'purchaseOrders', 'create') && <CreateOrdersButton adminRoute={admin} />}
        </>
      )}
    </AdminPage>
  )
}
