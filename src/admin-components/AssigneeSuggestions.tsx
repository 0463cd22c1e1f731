'use client'
import { useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { getJson, type Suggestion, suggestTechnicians } from './intakeApi'
import styles from './views.module.css'
import { nobodyFitsNotice, shortStanding, standingWarning } from '../domain/assignment'
import { idOf } from '../domain/ids'

/**
 * Under the « Technicien » field of a repair: who should take it, best first (matching skill,
 * present, least loaded), with the reasons. Shown only to those allowed to assign.
 */
export function AssigneeSuggestions() {
  const deviceId = useFormFields(
    ([fields]) => fields.device?.value as number | { id: number } | undefined,
  )
  const { value: assignee, setValue } = useField<number | null>({ path: 'assignee' })
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null)
  // Only whoever may set the technician asks (the endpoint refuses the others).
  const fields = useDocumentInfo().docPermissions?.fields as unknown
  const assigneePermission =
    fields === true
      ? true
      : (fields as Record<string, { create?: boolean; update?: boolean } | boolean> | undefined)
          ?.assignee
  const canAssign =
    assigneePermission === true ||
    Boolean(assigneePermission && (assigneePermission.update || assigneePermission.create))

  useEffect(() => {
    if (!canAssign) return
    const id = deviceId && typeof deviceId === 'object' ? deviceId.id : deviceId
    let cancelled = false
    const load = async () => {
      const device = id
        ? await getJson<{ type?: number | { id: number } | null }>(`/api/devices/${id}?depth=0`)
        : null
      const type = device?.type ? idOf(device.type) : device?.type
      const list = await suggestTechnicians(type ? String(type) : '')
      if (!cancelled) setSuggestions(list)
    }
    load().catch(() => !cancelled && setSuggestions(null))
    return () => {
      cancelled = true
    }
  }, [deviceId, canAssign])

  if (!suggestions) return null
  const chosen = suggestions.find((s) => s.id === idOf(assignee))
  const warning = chosen ? standingWarning(chosen) : null
  const notice = nobodyFitsNotice(suggestions)
  return (
    <div className={styles.section} style={{ marginBottom: 24 }} data-testid="assignee-suggestions">
      <strong>Techniciens suggérés</strong>
      {notice ? <p className={styles.warning}>{notice}</p> : null}
      <ul className={styles.results}>
        {suggestions.slice(0, 5).map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => setValue(s.id)} disabled={chosen?.id === s.id}>
              {chosen?.id === s.id ? '✓ ' : ''}
              <strong>{s.name}</strong> — {shortStanding(s)}
              <br />
              <span className={styles.hint}>{s.reasons.join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      {warning ? (
        <p className={styles.warning} role="status">
          {warning}
        </p>
      ) : null}
    </div>
  )
}
