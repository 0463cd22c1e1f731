'use client'
import React, { useEffect, useMemo } from 'react'

import styles from './views.module.css'
import { MAX_INTAKE_PHOTOS, PHOTO_TYPES } from '../domain/intakePhotos'

/**
 * Photos of the device as it is left (scratches, cracks), taken with the phone's camera or
 * chosen from files; sent with the intake, in the same request. The server checks them again.
 */
export function IntakePhotos({
  photos,
  onChange,
}: {
  photos: File[]
  onChange: (photos: File[]) => void
}) {
  const previews = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos])
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews])
  const full = photos.length >= MAX_INTAKE_PHOTOS

  return (
    <div className={styles.field}>
      <span className={styles.fieldLabel} id="d-photos-label">
        Photos de l’état ({photos.length}/{MAX_INTAKE_PHOTOS})
      </span>
      {/* The browser's own file button speaks the browser's language: ours speaks French. */}
      <label
        htmlFor="d-photos"
        className={full ? `${styles.buttonSecondary} ${styles.disabled}` : styles.buttonSecondary}
        style={{ justifySelf: 'start' }}
      >
        {photos.length ? 'Ajouter d’autres photos' : 'Prendre ou choisir des photos'}
      </label>
      <input
        id="d-photos"
        className={styles.visuallyHidden}
        aria-labelledby="d-photos-label"
        type="file"
        accept={PHOTO_TYPES.join(',')}
        multiple
        disabled={full}
        onChange={(e) => {
          const added = Array.from(e.target.files ?? [])
          onChange([...photos, ...added].slice(0, MAX_INTAKE_PHOTOS))
          e.target.value = ''
        }}
      />
      {photos.length ? (
        <ul className={styles.photos}>
          {photos.map((photo, i) => (
            <li key={`${photo.name}-${i}`}>
              <img src={previews[i]} alt={`Photo ${i + 1} : ${photo.name}`} />
              <button
                type="button"
                onClick={() => onChange(photos.filter((_, j) => j !== i))}
                aria-label={`Retirer la photo ${i + 1}`}
              >
                Retirer
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <span className={styles.hint}>
          Facultatif : rayures, fissures, coins choqués, pour s’en souvenir au moment de rendre
          l’appareil.
        </span>
      )}
    </div>
  )
}
