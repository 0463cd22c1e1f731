import type { AdminViewServerProps } from 'payload'

import React from 'react'

import type { Device, User } from '../payload-types'

import { roleOf } from '../access/roles'
import { mayReadTechnicianFigures } from '../domain/permissions'
import { type Priority, PRIORITY_LABELS } from '../domain/priorities'
import { describeState, type RepairStatus, type RepairStep } from '../domain/repairStatus'
import { AdminPage } from './AdminPage'
import { TechnicianFigures } from './TechnicianFigures'
import styles from './views.module.css'

const date = (iso?: string | null) =>
  iso
    ? new Intl.DateTimeFormat('fr-FR', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(iso))
    : '—'

/** « Mes réparations »: the signed-in technician's open repairs, most urgent first. */
export async function MyRepairsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const repairs = req.user
    ? await req.payload.find({
        collection: 'repairs',
        where: {
          assignee: { equals: req.user.id },
          status: { in: ['en_attente', 'en_cours', 'termine'] },
        },
        sort: ['priorityRank', 'promisedAt'],
        depth: 1,
        limit: 200,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : { docs: [] }
  const admin = req.payload.config.routes.admin
  // Their own figures, under the work: the endpoint answers a technician with their own row.
  const showsFigures =
    Boolean((req.user as User | null)?.isTechnician) &&
    mayReadTechnicianFigures(await roleOf(req), req.user?.id, req.user?.id)
  return (
    <AdminPage props={props} title="Mes réparations">
      {repairs.docs.length === 0 ? (
        <p>Aucune réparation ne vous est assignée pour le moment.</p>
      ) : (
        <table className={`${styles.table} ${styles.cards}`} data-testid="my-repairs">
          <thead>
            <tr>
              <th>Référence</th>
              <th>Appareil</th>
              <th>Panne</th>
              <th>Statut</th>
              <th>Priorité</th>
              <th>Date promise</th>
              <th>Retard</th>
            </tr>
          </thead>
          <tbody>
            {repairs.docs.map((r) => (
              <tr key={r.id} className={r.late ? styles.late : undefined}>
                <td data-label="Référence">
                  <a href={`${admin}/collections/repairs/${r.id}`}>{r.reference}</a>
                </td>
                <td data-label="Appareil">
                  {typeof r.device === 'object' ? (r.device as Device).label : r.device}
                </td>
                <td data-label="Panne">{r.reportedProblem}</td>
                <td data-label="Statut">
                  {describeState({
                    status: r.status as RepairStatus,
                    step: (r.step ?? null) as RepairStep | null,
                  })}
                  {r.waitingForParts ? ' (attente pièces)' : ''}
                </td>
                <td data-label="Priorité">
                  {PRIORITY_LABELS[(r.priority ?? 'normale') as Priority].fr}
                </td>
                <td data-label="Date promise">{date(r.promisedAt)}</td>
                <td data-label="Retard">
                  {r.late ? (
                    <span className={styles.badge} title={r.lateReasons ?? ''}>
                      En retard
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {showsFigures && <TechnicianFigures title="Mes chiffres" />}
    </AdminPage>
  )
}
