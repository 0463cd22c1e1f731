'use client'
import React from 'react'

import type { Suggestion } from './intakeApi'
import styles from './views.module.css'
import { nobodyFitsNotice, shortStanding, standingWarning } from '../domain/assignment'

/**
 * The intake's « Technicien »: ranked by skill, presence and load, each with its load
 * (« 8/8 · capacité atteinte »); the reasons of the one chosen below, and what choosing someone
 * full or away means. Nobody fitting is said, not hidden behind a default.
 */
export function TechnicianChoice({
  suggestions,
  value,
  onChange,
}: {
  suggestions: Suggestion[]
  value: string
  onChange: (assignee: string) => void
}) {
  const chosen = suggestions.find((s) => String(s.id) === value)
  const warning = chosen ? standingWarning(chosen) : null
  const notice = nobodyFitsNotice(suggestions)
  return (
    <div className={styles.field} data-testid="technician-choice">
      <label htmlFor="r-assignee">Technicien</label>
      <select id="r-assignee" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Non assigné</option>
        {suggestions.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} — {shortStanding(s)}
          </option>
        ))}
      </select>
      {chosen ? <span className={styles.hint}>{chosen.reasons.join(' · ')}</span> : null}
      {warning ? (
        <span className={styles.warning} role="status">
          {warning}
        </span>
      ) : null}
      {!value && notice ? (
        <span className={styles.warning} role="status" data-testid="nobody-fits">
          {notice}
        </span>
      ) : null}
      {!notice ? (
        <span className={styles.hint}>
          Classés par compétence, présence et charge ; le premier qui a de la place est proposé.
        </span>
      ) : null}
    </div>
  )
}
