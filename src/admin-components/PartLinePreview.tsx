'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { fitsDevice, incompatibilityMessage } from '../domain/compatibility'
import { idOf } from '../domain/ids'
import { formatEuros } from '../domain/money'
import { getJson } from './intakeApi'
import styles from './views.module.css'

type PartInfo = {
  name?: string
  salePrice?: number | null
  quantityOnHand?: number | null
  compatibleWith?: string[] | null
}
type DeviceInfo = { brand?: string | null; model?: string | null }

/**
 * Under the part of a line being added: its price and stock as soon as it is chosen (the line
 * copies them on save), and a warning when the part is made for other models than the device.
 */
export function PartLinePreview() {
  const partId = useFormFields(([fields]) => idOf(fields.part?.value as number | { id: number }))
  const repairId = useFormFields(([fields]) =>
    idOf(fields.repair?.value as number | { id: number }),
  )
  const quantity = useFormFields(([fields]) => Number(fields.quantity?.value) || 1)
  const saved = useFormFields(([fields]) => fields.unitPrice?.initialValue != null)
  const { value: accepted, setValue: setAccepted } = useField<boolean>({
    path: 'acceptIncompatible',
  })
  const [part, setPart] = useState<PartInfo | null>(null)
  const [device, setDevice] = useState<DeviceInfo | null>(null)

  useEffect(() => {
    if (!partId) return setPart(null)
    let cancelled = false
    getJson<PartInfo>(
      `/api/parts/${partId}?depth=0&select[name]=true&select[salePrice]=true&select[quantityOnHand]=true&select[compatibleWith]=true`,
    )
      .then((p) => !cancelled && setPart(p))
      .catch(() => !cancelled && setPart(null))
    return () => {
      cancelled = true
    }
  }, [partId])

  useEffect(() => {
    if (!repairId) return setDevice(null)
    let cancelled = false
    getJson<{ device?: DeviceInfo | number | null }>(
      `/api/repairs/${repairId}?depth=1&select[device]=true`,
    )
      .then((r) => !cancelled && setDevice(typeof r.device === 'object' ? r.device : null))
      .catch(() => !cancelled && setDevice(null))
    return () => {
      cancelled = true
    }
  }, [repairId])

  // A saved line keeps the price it was given: Payload's fields show it.
  if (saved || !part) return null
  const fits = !device || fitsDevice(part.compatibleWith, device)
  const unit = part.salePrice ?? 0
  return (
    <div className={styles.section} style={{ marginBottom: 24 }} data-testid="part-line-preview">
      <div className={styles.actions}>
        <span>
          Prix unitaire : <strong>{formatEuros(unit)} €</strong> TTC
        </span>
        {quantity > 1 ? (
          <span>
            Total : <strong>{formatEuros(unit * quantity)} €</strong>
          </span>
        ) : null}
        {part.quantityOnHand != null ? (
          <span className={part.quantityOnHand < quantity ? styles.badge : styles.muted}>
            En stock : {part.quantityOnHand}
          </span>
        ) : null}
      </div>
      {!fits && device ? (
        <div className={styles.error} role="alert" data-testid="part-incompatible">
          <p style={{ margin: '0 0 8px' }}>
            {incompatibilityMessage(part.name ?? 'choisie', part.compatibleWith ?? [], device)}
          </p>
          <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input
              type="checkbox"
              id="accept-incompatible"
              checked={Boolean(accepted)}
              onChange={(e) => setAccepted(e.target.checked)}
            />
            Poser quand même (pièce prévue pour un autre modèle)
          </label>
        </div>
      ) : null}
    </div>
  )
}
