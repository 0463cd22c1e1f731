'use client'
import React, { useEffect, useState } from 'react'

import { formatDuration } from '../domain/durations'
import { FIGURES_PERIODS, type FiguresPeriod, formatShare, periodRange } from '../domain/figures'
import { getJson } from './intakeApi'
import figures from './TechnicianFigures.module.css'
import styles from './views.module.css'

type Row = {
  technicianId: number
  finished: number
  meanRepairHours: number | null
  withPromise: number
  onTime: number
}

type State = { row: Row | null; error: string | null; loading: boolean }

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one)

/**
 * A technician's figures over a chosen period: repairs finished, mean repair time, share
 * finished by the promised date. Without `technicianId`, the signed-in technician's own. The
 * page that shows it checks first that the viewer may read them (`mayReadTechnicianFigures`).
 */
export function TechnicianFigures({
  technicianId,
  title = 'Chiffres',
}: {
  technicianId?: number | string
  title?: string
}) {
  const [period, setPeriod] = useState<FiguresPeriod>('30j')
  const [state, setState] = useState<State>({ row: null, error: null, loading: true })

  useEffect(() => {
    let current = true
    const { from, to } = periodRange(period, new Date())
    const who = technicianId ? `&technician=${encodeURIComponent(String(technicianId))}` : ''
    setState((s) => ({ ...s, error: null, loading: true }))
    getJson<{ technicians: Row[] }>(`/api/technicians/performance?from=${from}&to=${to}${who}`)
      .then(({ technicians }) => {
        if (!current) return
        const row = technicianId
          ? technicians.find((t) => String(t.technicianId) === String(technicianId))
          : technicians[0]
        setState({ row: row ?? null, error: null, loading: false })
      })
      .catch((e: Error) => {
        if (current) setState({ row: null, error: e.message, loading: false })
      })
    return () => {
      current = false
    }
  }, [period, technicianId])

  const { row, error, loading } = state
  return (
    <section className={`${styles.section} ${figures.panel}`} data-testid="technician-figures">
      <div className={figures.head}>
        <h2>{title}</h2>
        <div className={figures.periods} role="group" aria-label="Période">
          {(Object.keys(FIGURES_PERIODS) as FiguresPeriod[]).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={p === period}
              className={p === period ? styles.button : styles.buttonSecondary}
              onClick={() => setPeriod(p)}
            >
              {FIGURES_PERIODS[p]}
            </button>
          ))}
        </div>
      </div>
      {error ? (
        <div className={styles.error} role="alert">
          {error}
        </div>
      ) : !row ? (
        <p className={styles.muted} aria-busy={loading}>
          {loading ? 'Chargement…' : 'Aucun chiffre pour cette période.'}
        </p>
      ) : (
        <dl className={figures.grid} aria-busy={loading} data-testid="technician-figures-values">
          <div className={figures.figure}>
            <dt>{plural(row.finished, 'Réparation terminée', 'Réparations terminées')}</dt>
            <dd data-testid="figure-finished">{row.finished}</dd>
          </div>
          <div className={figures.figure}>
            <dt>Durée moyenne de réparation</dt>
            <dd data-testid="figure-mean">
              {row.meanRepairHours === null
                ? '—'
                : formatDuration(Math.round(row.meanRepairHours * 3600))}
            </dd>
            <dd className={styles.hint}>de « en cours » à « terminé », hors attente de pièces</dd>
          </div>
          <div className={figures.figure}>
            <dt>À l’heure</dt>
            <dd data-testid="figure-on-time">{formatShare(row.onTime, row.withPromise)}</dd>
            <dd className={styles.hint}>
              {row.withPromise === 0
                ? 'aucune réparation avec date promise'
                : `${row.onTime} sur ${row.withPromise} avec date promise`}
            </dd>
          </div>
        </dl>
      )}
    </section>
  )
}
